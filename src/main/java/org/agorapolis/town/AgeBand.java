package org.agorapolis.town;

import org.agorapolis.shared.InvalidInputException;

/**
 * Ages from {@code minAge} to {@code maxAge} included; without {@code maxAge}, "and over". Bands
 * of a town never overlap (the database holds it).
 */
public record AgeBand(long id, int minAge, Integer maxAge) {

    public static final int AGE_MAX = 120;

    /** Refuses a band that cannot be: ages out of 0–120, or ending before it starts. */
    public static void check(Integer minAge, Integer maxAge) {
        if (minAge == null) {
            throw new InvalidInputException("ageBand.min.required");
        }
        if (minAge < 0 || minAge > AGE_MAX || (maxAge != null && (maxAge < 0 || maxAge > AGE_MAX))) {
            throw new InvalidInputException("ageBand.range", 0, AGE_MAX);
        }
        if (maxAge != null && maxAge < minAge) {
            throw new InvalidInputException("ageBand.order");
        }
    }

    /** Whether two bands share an age. */
    public static boolean overlap(int minA, Integer maxA, int minB, Integer maxB) {
        int endA = maxA == null ? AGE_MAX : maxA;
        int endB = maxB == null ? AGE_MAX : maxB;
        return minA <= endB && minB <= endA;
    }

    public long getId() {
        return id;
    }

    public int getMinAge() {
        return minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public boolean isOpenEnded() {
        return maxAge == null;
    }
}
