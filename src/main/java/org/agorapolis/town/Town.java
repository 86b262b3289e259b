package org.agorapolis.town;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one town this installation serves. There is exactly one row (id 1). */
@Entity
@Table(name = "town")
public class Town {

    /** The town's time zone, in which dates and times are shown. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** An instant as the town's local date and time (forms show and take the town's time). */
    public static java.time.LocalDateTime local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDateTime();
    }

    /** The town's local date and time as an instant, or null. */
    public static java.time.Instant instant(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    @Id
    private short id;

    @Column(nullable = false, length = 120)
    private String name;

    protected Town() {
    }

    public String getName() {
        return name;
    }
}
