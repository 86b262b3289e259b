package org.agorapolis.assemblies;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.Roles;
import org.agorapolis.town.Neighbourhood;

/**
 * Moderators and administrators set assemblies up: create, revise, and move them from phase to
 * phase by hand. Once published, assemblies also move on by their dates ({@link AssemblyCalendar}).
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class AssemblyAdministration {

    @PersistenceContext
    EntityManager em;

    /** A new assembly in draft, invisible to residents until it is opened. */
    public long create(AssemblySetup setup) {
        AssemblySetup valid = setup.validated();
        Assembly assembly = new Assembly(valid.title(), valid.summary(), valid.visibility());
        assembly.revise(valid, neighbourhoods(valid.neighbourhoodIds()));
        em.persist(assembly);
        em.flush();
        return assembly.getId();
    }

    public void revise(long assemblyId, AssemblySetup setup) {
        AssemblySetup valid = setup.validated();
        lock(assemblyId).revise(valid, neighbourhoods(valid.neighbourhoodIds()));
    }

    /** Moves the assembly to the given later phase (the page asks for confirmation first). */
    public void enter(long assemblyId, Phase next) {
        lock(assemblyId).enter(next);
    }

    public Assembly get(long assemblyId) {
        return em.createQuery("select a from Assembly a left join fetch a.neighbourhoods where a.id = :id", Assembly.class)
                .setParameter("id", assemblyId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("assembly.notFound"));
    }

    private Assembly lock(long assemblyId) {
        Assembly assembly = get(assemblyId);
        em.lock(assembly, LockModeType.PESSIMISTIC_WRITE);
        return assembly;
    }

    private List<Neighbourhood> neighbourhoods(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Neighbourhood> found = em.createQuery("select n from Neighbourhood n where n.id in :ids", Neighbourhood.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.stream().distinct().count()) {
            throw new InvalidInputException("assembly.neighbourhoods.unknown");
        }
        return found;
    }
}
