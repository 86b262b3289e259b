package org.agorapolis.town.web;

import java.time.Duration;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.town.TownService;

/**
 * The town's name in the header of every page. Read at most once a minute: it almost never
 * changes, and every page shows it.
 */
@Named
@ApplicationScoped
public class TownBanner {

    static final Duration FRESHNESS = Duration.ofMinutes(1);

    @Inject
    TownService towns;

    private volatile String name;
    private volatile long readAt;

    public String getName() {
        long now = System.nanoTime();
        if (name == null || now - readAt > FRESHNESS.toNanos()) {
            try {
                name = towns.townName();
                readAt = now;
            } catch (EJBException e) {
                // The error pages use this header too: they must render while the database is down.
                return name == null ? TownService.DEFAULT_NAME : name;
            }
        }
        return name;
    }
}
