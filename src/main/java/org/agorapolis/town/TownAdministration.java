package org.agorapolis.town;

import java.text.Normalizer;
import java.util.List;
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

/** Administrators set the town up: its name, neighbourhoods, age bands, defaults and limits. Every change is audited. */
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

    /** Saves the town's defaults and limits (see {@link TownSettings}); new assemblies start from them. */
    public void saveSettings(TownSettings settings) {
        TownSettings valid = settings.validated();
        TownSettings before = town.settings();
        em.createNativeQuery("""
                insert into town (id, name, default_quota, default_quota_cap, default_flag_threshold, profile_flag_threshold, invitation_days, report_k)
                values (1, ?6, ?1, ?2, ?3, ?4, ?5, ?7)
                on conflict (id) do update set default_quota = excluded.default_quota, default_quota_cap = excluded.default_quota_cap,
                    default_flag_threshold = excluded.default_flag_threshold, profile_flag_threshold = excluded.profile_flag_threshold,
                    invitation_days = excluded.invitation_days, report_k = excluded.report_k
                """).setParameter(1, valid.defaultQuota()).setParameter(2, valid.defaultQuotaCap()).setParameter(3, valid.defaultFlagThreshold())
                .setParameter(4, valid.profileFlagThreshold()).setParameter(5, valid.invitationDays()).setParameter(6, TownService.DEFAULT_NAME)
                .setParameter(7, valid.reportK())
                .executeUpdate();
        audit.record(current.participantId().orElse(null), "town.settings", "TOWN", 1L, null, json(before), json(valid));
    }

    private static String json(TownSettings s) {
        return "{\"defaultQuota\":" + s.defaultQuota() + ",\"defaultQuotaCap\":" + s.defaultQuotaCap() + ",\"defaultFlagThreshold\":"
                + s.defaultFlagThreshold() + ",\"profileFlagThreshold\":" + s.profileFlagThreshold() + ",\"invitationDays\":" + s.invitationDays()
                + ",\"reportK\":" + s.reportK() + "}";
    }

    /** Adds an age band; one that shares an age with another is refused (checked under a lock, held by the database too). */
    public long addAgeBand(Integer minAge, Integer maxAge) {
        AgeBand.check(minAge, maxAge);
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, AGE_BAND_LOCK).getSingleResult();
        boolean overlaps = town.ageBands().stream().anyMatch(b -> AgeBand.overlap(b.minAge(), b.maxAge(), minAge, maxAge));
        if (overlaps) {
            throw new InvalidInputException("ageBand.overlap");
        }
        long id = ((Number) em.createNativeQuery("insert into age_band (min_age, max_age) values (?1, ?2) returning id").setParameter(1, minAge)
                .setParameter(2, maxAge).getSingleResult()).longValue();
        audit.record(current.participantId().orElse(null), "town.addAgeBand", "AGE_BAND", id, null, null,
                "{\"min\":" + minAge + ",\"max\":" + maxAge + "}");
        return id;
    }

    /** Removes an age band. */
    public void removeAgeBand(long id) {
        List<?> removed = em.createNativeQuery("delete from age_band where id = ?1 returning min_age, max_age").setParameter(1, id).getResultList();
        if (removed.isEmpty()) {
            throw new NotFoundException("ageBand.notFound");
        }
        Object[] r = (Object[]) removed.get(0);
        audit.record(current.participantId().orElse(null), "town.removeAgeBand", "AGE_BAND", id, null, "{\"min\":" + r[0] + ",\"max\":" + r[1] + "}",
                null);
    }

    private static final long AGE_BAND_LOCK = 0x41474542L;

    /**
     * Replaces the census baseline with the file's lines, all of them or none: with any problem,
     * nothing is written and the problems come back.
     */
    public CensusFile.Reading uploadCensus(byte[] content) {
        CensusFile.Reading reading = CensusFile.read(content, town.neighbourhoods().stream().map(CensusFile.Place::of).toList(), town.ageBands());
        if (!reading.ok()) {
            return reading;
        }
        long before = ((Number) em.createNativeQuery("select count(*) from census").getSingleResult()).longValue();
        em.createNativeQuery("delete from census").executeUpdate();
        for (CensusFile.Line line : reading.lines()) {
            em.createNativeQuery("insert into census (neighbourhood_id, age_band_id, population) values (?1, ?2, ?3)")
                    .setParameter(1, line.neighbourhoodId()).setParameter(2, line.ageBandId()).setParameter(3, line.population()).executeUpdate();
        }
        em.createNativeQuery("""
                insert into town (id, name, census_uploaded_at) values (1, ?1, now())
                on conflict (id) do update set census_uploaded_at = excluded.census_uploaded_at
                """).setParameter(1, TownService.DEFAULT_NAME).executeUpdate();
        long population = reading.lines().stream().mapToLong(CensusFile.Line::population).sum();
        audit.record(current.participantId().orElse(null), "town.census", "TOWN", 1L, null, "{\"lines\":" + before + "}",
                "{\"lines\":" + reading.lines().size() + ",\"population\":" + population + "}");
        return reading;
    }

    @Inject
    TownService town;

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
