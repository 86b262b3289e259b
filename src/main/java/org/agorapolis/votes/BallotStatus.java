package org.agorapolis.votes;

import java.time.Instant;

/** Where a ballot stands, by the server's clock. */
public enum BallotStatus {
    /** Not open yet: its rules may still change. */
    UPCOMING,
    /** Open: members vote and may change their vote; its rules are frozen. */
    OPEN,
    /** Closed, being counted (within seconds). */
    CLOSED,
    /** Counted: results and the list of counted papers are published. */
    COUNTED;

    public static BallotStatus of(Instant opensAt, Instant closesAt, Instant countedAt, Instant now) {
        if (countedAt != null) {
            return COUNTED;
        }
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }
}
