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

    public long countNeighbourhoods() {
        return em.createQuery("select count(n) from Neighbourhood n", Long.class).getSingleResult();
    }
}
