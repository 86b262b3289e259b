package org.agorapolis.town;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the town's settings. */
@Stateless
public class TownService {

    /** Shown until a town has been set up. */
    public static final String DEFAULT_NAME = "Agorapolis";

    @PersistenceContext
    EntityManager em;

    public Optional<Town> findTown() {
        return Optional.ofNullable(em.find(Town.class, (short) 1));
    }

    public String townName() {
        return findTown().map(Town::getName).orElse(DEFAULT_NAME);
    }

    public List<Neighbourhood> neighbourhoods() {
        return em.createQuery("select n from Neighbourhood n order by n.name", Neighbourhood.class).getResultList();
    }

    /** The town's settings; the defaults until an administrator saves them. */
    public TownSettings settings() {
        List<?> rows = em.createNativeQuery("""
                select default_quota, default_quota_cap, default_flag_threshold, profile_flag_threshold, invitation_days, report_k from town where id = 1
                """).getResultList();
        if (rows.isEmpty()) {
            return TownSettings.DEFAULTS;
        }
        Object[] r = (Object[]) rows.get(0);
        return new TownSettings(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue());
    }

    /** One line of the census baseline, as the settings page lists it. */
    public record CensusLine(String neighbourhood, AgeBand band, int population) {

        public String getNeighbourhood() {
            return neighbourhood;
        }

        public AgeBand getBand() {
            return band;
        }

        public int getPopulation() {
            return population;
        }
    }

    /** The census baseline, by neighbourhood then age. */
    public List<CensusLine> census() {
        return ((List<?>) em.createNativeQuery("""
                select n.name, b.id, b.min_age, b.max_age, c.population from census c join neighbourhood n on n.id = c.neighbourhood_id
                join age_band b on b.id = c.age_band_id order by n.name, b.min_age
                """).getResultList()).stream().map(Object[].class::cast)
                .map(r -> new CensusLine((String) r[0], new AgeBand(((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                        r[3] == null ? null : ((Number) r[3]).intValue()), ((Number) r[4]).intValue()))
                .toList();
    }

    /** When the census baseline was last uploaded, if ever. */
    public java.util.Optional<java.time.Instant> censusUploadedAt() {
        return ((List<?>) em.createNativeQuery("select census_uploaded_at from town where id = 1 and census_uploaded_at is not null").getResultList())
                .stream().map(org.agorapolis.shared.persistence.SqlValues::instant).findFirst();
    }

    /** The age bands, youngest first. */
    public List<AgeBand> ageBands() {
        return ((List<?>) em.createNativeQuery("select id, min_age, max_age from age_band order by min_age").getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new AgeBand(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), r[2] == null ? null : ((Number) r[2]).intValue()))
                .toList();
    }

    public long countNeighbourhoods() {
        return em.createQuery("select count(n) from Neighbourhood n", Long.class).getSingleResult();
    }
}
