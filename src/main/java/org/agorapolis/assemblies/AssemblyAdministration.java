package org.agorapolis.assemblies;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.town.Neighbourhood;

/**
 * Moderators and administrators set assemblies up: create, revise, and move them from phase to
 * phase by hand. Once published, assemblies also move on by their dates ({@link AssemblyCalendar}).
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class AssemblyAdministration {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.agorapolis.participants.ParticipantService participants;

    /** A new assembly in draft, invisible to residents until it is opened. */
    public long create(AssemblySetup setup) {
        moderators.requireTownModerator(current.viewer());
        AssemblySetup valid = setup.validated();
        Assembly assembly = new Assembly(valid.title(), valid.summary(), valid.visibility());
        assembly.revise(valid, neighbourhoods(valid.neighbourhoodIds()));
        em.persist(assembly);
        em.flush();
        audit("assemblies.create", assembly.getId(), null, org.agorapolis.shared.AuditTrail.json("title", assembly.getTitle()));
        return assembly.getId();
    }

    public void revise(long assemblyId, AssemblySetup setup) {
        moderators.require(current.viewer(), assemblyId);
        AssemblySetup valid = setup.validated();
        Assembly assembly = lock(assemblyId);
        String before = org.agorapolis.shared.AuditTrail.json("title", assembly.getTitle());
        assembly.revise(valid, neighbourhoods(valid.neighbourhoodIds()));
        audit("assemblies.revise", assemblyId, before, org.agorapolis.shared.AuditTrail.json("title", valid.title()));
    }

    @jakarta.inject.Inject
    org.agorapolis.shared.AuditTrail trail;

    @jakarta.inject.Inject
    AssemblyModerators moderators;

    @jakarta.inject.Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    private void audit(String action, long assemblyId, String before, String after) {
        trail.record(current.participantId().orElse(null), action, "ASSEMBLY", assemblyId, assemblyId, before, after);
    }

    /**
     * Adds a resident to the assembly as a seed member (generation 0) — the way into an assembly
     * by invitation besides an invitation. They must have signed in once, so that their e-mail
     * address is known.
     */
    public void addMember(long assemblyId, String email) {
        get(assemblyId);
        long participant = participants.findIdByEmail(email).orElseThrow(() -> new InvalidInputException("admin.members.unknownEmail"));
        int added = em.createNativeQuery("insert into membership (assembly_id, participant_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, assemblyId).setParameter(2, participant).executeUpdate();
        if (added == 0) {
            throw new org.agorapolis.shared.NotAllowedException("admin.members.already");
        }
        trail.record(current.participantId().orElse(null), "assemblies.addMember", "PARTICIPANT", participant, assemblyId, null, "{\"member\":true}");
    }

    /** Moves the assembly to the given later phase (the page asks for confirmation first). */
    public void enter(long assemblyId, Phase next) {
        moderators.require(current.viewer(), assemblyId);
        Assembly assembly = lock(assemblyId);
        String before = org.agorapolis.shared.AuditTrail.json("phase", assembly.getPhase().name());
        assembly.enter(next);
        audit("assemblies.phase", assemblyId, before, org.agorapolis.shared.AuditTrail.json("phase", next.name()));
    }

    /** Schedules a meeting of the assembly. */
    public long scheduleMeeting(long assemblyId, MeetingSetup setup) {
        get(assemblyId);
        Meeting meeting = new Meeting(assemblyId, setup.validated());
        em.persist(meeting);
        em.flush();
        return meeting.getId();
    }

    /** Revises a meeting; its seats never drop below the registrations already made. */
    public void reviseMeeting(long meetingId, MeetingSetup setup) {
        Meeting meeting = java.util.Optional.ofNullable(em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("meeting.notFound"));
        moderators.require(current.viewer(), meeting.getAssemblyId());
        meeting.revise(setup.validated());
    }

    public List<Meeting> meetings(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        return em.createQuery("select m from Meeting m where m.assemblyId = :assembly order by m.startsAt, m.id", Meeting.class)
                .setParameter("assembly", assemblyId).getResultList();
    }

    /** The assembly as its moderators set it up; refused to anyone who does not moderate it. */
    public Assembly get(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        return em.createQuery("select a from Assembly a left join fetch a.neighbourhoods where a.id = :id", Assembly.class)
                .setParameter("id", assemblyId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("assembly.notFound"));
    }

    /** The assembly as it is now, locked: a concurrent change is waited for, then seen, never overwritten. */
    private Assembly lock(long assemblyId) {
        Assembly assembly = java.util.Optional.ofNullable(em.find(Assembly.class, assemblyId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("assembly.notFound"));
        assembly.getNeighbourhoods();
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
