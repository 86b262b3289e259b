package org.agorapolis.town;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.AuditTrail;
import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.security.Roles;

/** Administrators set the town up: its name and its neighbourhoods. Every change is audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TownAdministration {

    public static final int NAME_MAX = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentParticipant current;

    public void rename(String name) {
        String clean = valid(name, "town.name");
        String before = (String) em.createNativeQuery("select coalesce((select name from town where id = 1), '')").getSingleResult();
        em.createNativeQuery("insert into town (id, name) values (1, ?1) on conflict (id) do update set name = excluded.name")
                .setParameter(1, clean).executeUpdate();
        audit.record(current.participantId().orElse(null), "town.rename", "TOWN", 1L, null, AuditTrail.json("name", before), AuditTrail.json("name", clean));
    }

    public long addNeighbourhood(String name) {
        String clean = valid(name, "neighbourhood.name");
        String code = code(clean);
        if (code.isEmpty()) {
            throw new InvalidInputException("neighbourhood.name.letters");
        }
        if (!em.createNativeQuery("select 1 from neighbourhood where lower(name) = lower(?1) or code = ?2").setParameter(1, clean)
                .setParameter(2, code).getResultList().isEmpty()) {
            throw new InvalidInputException("neighbourhood.name.taken");
        }
        long id = ((Number) em.createNativeQuery("insert into neighbourhood (code, name) values (?1, ?2) returning id").setParameter(1, code)
                .setParameter(2, clean).getSingleResult()).longValue();
        audit.record(current.participantId().orElse(null), "town.addNeighbourhood", "NEIGHBOURHOOD", id, null, null, AuditTrail.json("name", clean));
        return id;
    }

    public void renameNeighbourhood(long id, String name) {
        String clean = valid(name, "neighbourhood.name");
        Neighbourhood neighbourhood = em.find(Neighbourhood.class, id);
        if (neighbourhood == null) {
            throw new NotFoundException("neighbourhood.notFound");
        }
        if (!em.createNativeQuery("select 1 from neighbourhood where lower(name) = lower(?1) and id <> ?2").setParameter(1, clean)
                .setParameter(2, id).getResultList().isEmpty()) {
            throw new InvalidInputException("neighbourhood.name.taken");
        }
        String before = neighbourhood.getName();
        em.createNativeQuery("update neighbourhood set name = ?2 where id = ?1").setParameter(1, id).setParameter(2, clean).executeUpdate();
        audit.record(current.participantId().orElse(null), "town.renameNeighbourhood", "NEIGHBOURHOOD", id, null, AuditTrail.json("name", before),
                AuditTrail.json("name", clean));
    }

    private static String valid(String name, String key) {
        String clean = Text.clean(name).replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException(key + ".required");
        }
        if (clean.length() > NAME_MAX) {
            throw new InvalidInputException(key + ".tooLong", NAME_MAX);
        }
        return clean;
    }

    /** The stable code of a name: lower-case ASCII words joined by dashes ("Quartier de la Gare" → "quartier-de-la-gare"). */
    static String code(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String code = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return code.length() > 40 ? code.substring(0, 40).replaceAll("-+$", "") : code;
    }
}
