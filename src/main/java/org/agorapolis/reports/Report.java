package org.agorapolis.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agorapolis.assemblies.Phase;

/**
 * Every section of a report for one scope, computed at one moment: what the page, the CSV
 * downloads and the council's PDF all read, so that they agree. Counts of people are already
 * suppressed (ADR 0009).
 *
 * @param title      the town's name, or the assembly's title
 * @param phase      the assembly's phase (none for the town)
 * @param closesOn   the assembly's closing date, if set
 * @param computedAt when the computation began: no figure is older than this
 * @param took       how long the computation took
 */
public record Report(ReportScope scope, String title, Optional<Phase> phase, Optional<LocalDate> closesOn, Instant computedAt, TownFigures town,
                     ReachReport reach, ViralReport viral, List<ReportQueries.PosterFigures> posters, Activity activity,
                     List<ReportQueries.FunnelRow> funnel, Map<String, Long> proposals, List<ReportQueries.MeetingFigures> meetings,
                     List<ReportQueries.BallotFigures> ballots, Duration took) {

    public Report {
        posters = List.copyOf(posters);
        funnel = List.copyOf(funnel);
        proposals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(proposals));
        meetings = List.copyOf(meetings);
        ballots = List.copyOf(ballots);
    }

    public List<ReportQueries.BallotFigures> getBallots() {
        return ballots;
    }

    /** A published assembly officials can switch the report to. */
    public record Choice(long id, String title, Phase phase) {

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public Phase getPhase() {
            return phase;
        }
    }

    /** The report's age at {@code now}. */
    public Duration age(Instant now) {
        return Duration.between(computedAt, now);
    }

    public String getTitle() {
        return title;
    }

    /** The assembly's phase, or null for the town. */
    public Phase getPhase() {
        return phase.orElse(null);
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public boolean isTownWide() {
        return scope.isTown();
    }

    public TownFigures getTown() {
        return town;
    }

    public ReachReport getReach() {
        return reach;
    }

    public ViralReport getViral() {
        return viral;
    }

    public List<ReportQueries.PosterFigures> getPosters() {
        return posters;
    }

    public Activity getActivity() {
        return activity;
    }

    public List<ReportQueries.FunnelRow> getFunnel() {
        return funnel;
    }

    public List<ReportQueries.MeetingFigures> getMeetings() {
        return meetings;
    }

    /** Proposals by status, in the order of the statuses. */
    public List<Map.Entry<String, Long>> getProposals() {
        return List.copyOf(proposals.entrySet());
    }
}
