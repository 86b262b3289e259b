package org.agorapolis.reports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How recruitment spreads, from counts and durations only (the reports' method notes say the same
 * in words). Figures computed on fewer than k people are not published (ADR 0009): the callers
 * pass k and get nothing back below it.
 */
public final class Virality {

    private Virality() {
    }

    /** Share of members who brought in at least one other member. */
    public static Optional<Double> shareWhoInvite(long inviters, long members, int k) {
        return members < Suppression.effectiveK(k) || inviters > members ? Optional.empty() : Optional.of((double) inviters / members);
    }

    /** Members brought in per member who brought in anyone. */
    public static Optional<Double> invitationsPerInviter(long invitees, long inviters, int k) {
        return inviters < Suppression.effectiveK(k) ? Optional.empty() : Optional.of((double) invitees / inviters);
    }

    /**
     * The median of durations (the mean of the two middle ones for an even count), published only
     * over at least k of them: a median of two people's delays would tell each their own.
     */
    public static Optional<Duration> median(List<Duration> durations, int k) {
        if (durations.size() < Suppression.effectiveK(k)) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }

    /**
     * A median the database computed ({@code percentile_cont(0.5)}: the same definition as
     * {@link #median}) over {@code count} durations, in seconds: published only over at least k.
     */
    public static Optional<Duration> published(Double medianSeconds, long count, int k) {
        return medianSeconds == null || count < Suppression.effectiveK(k) ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(medianSeconds * 1000)));
    }

    /** Share of the members brought in by another member that relays brought in; none below k. */
    public static Optional<Double> relayShare(long broughtByRelays, long broughtByMembers, int k) {
        return broughtByMembers < Suppression.effectiveK(k) || broughtByRelays > broughtByMembers ? Optional.empty()
                : Optional.of((double) broughtByRelays / broughtByMembers);
    }
}
