package org.agorapolis.reports;

import java.time.Duration;
import java.util.Optional;

/**
 * How recruitment spread across the published assemblies: who invites, how many each brings,
 * how fast, how deep, how many chains, and the relays' part. Counts under k are hidden and
 * figures over fewer than k people are not published (ADR 0009).
 */
public record ViralReport(ReachReport.Shown memberships, ReachReport.Shown inviters, ReachReport.Shown broughtByMembers,
                          Optional<Double> shareWhoInvite, Optional<Double> invitationsPerInviter, Optional<Duration> joinToFirstInvitation,
                          Optional<Duration> openedToJoined, int depth, ReachReport.Shown chains, Optional<Double> relayShare) {

    public ReachReport.Shown getMemberships() {
        return memberships;
    }

    public ReachReport.Shown getInviters() {
        return inviters;
    }

    public ReachReport.Shown getBroughtByMembers() {
        return broughtByMembers;
    }

    public Double getShareWhoInvite() {
        return shareWhoInvite.orElse(null);
    }

    public Double getInvitationsPerInviter() {
        return invitationsPerInviter.orElse(null);
    }

    /** In days, for the page. */
    public Double getDaysToFirstInvitation() {
        return joinToFirstInvitation.map(d -> d.toMinutes() / 1440.0).orElse(null);
    }

    public Double getDaysFromOpeningToJoining() {
        return openedToJoined.map(d -> d.toMinutes() / 1440.0).orElse(null);
    }

    public int getDepth() {
        return depth;
    }

    public ReachReport.Shown getChains() {
        return chains;
    }

    public Double getRelayShare() {
        return relayShare.orElse(null);
    }
}
