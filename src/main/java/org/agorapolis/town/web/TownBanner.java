package org.agorapolis.town.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ejb.EJBException;

import org.agorapolis.town.TownService;

/** The town's name in the header of every page. */
@Named
@RequestScoped
public class TownBanner {

    @Inject
    TownService towns;

    private String name;

    public String getName() {
        if (name == null) {
            try {
                name = towns.townName();
            } catch (EJBException e) {
                // The error pages use this header too: they must render while the database is down.
                name = TownService.DEFAULT_NAME;
            }
        }
        return name;
    }
}
