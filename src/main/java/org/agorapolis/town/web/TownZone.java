package org.agorapolis.town.web;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.agorapolis.town.Town;

/** The town's time zone, for pages that show instants as local dates and times. */
@Named
@ApplicationScoped
public class TownZone {

    public ZoneId getZone() {
        return Town.ZONE;
    }

    /**
     * The instant as the town's local date and time. Faces formats {@code localDateTime} with the
     * visitor's locale and a date style, but zoned values only in ISO form.
     */
    public java.time.LocalDateTime local(java.time.Instant instant) {
        return Town.local(instant);
    }
}
