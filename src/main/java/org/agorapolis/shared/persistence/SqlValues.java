package org.agorapolis.shared.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values read by native queries, whose Java types depend on the driver and Hibernate's mapping. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** A {@code date} column as a local date; null stays null. */
    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** A {@code bigint} column that may be null. */
    public static Long optionalLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A count or other number column as a long. */
    public static long count(Object value) {
        return ((Number) value).longValue();
    }
}
