package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Viral figures on hand-counted trees. */
class ViralityTest {

    // A tree of 10 members: seed S invited a, b, c; a invited d, e; b invited f; d invited g; h, i, j are seeds who invited nobody.
    // Inviters: S, a, b, d (4 of 10); invitees brought in by members: a..g (6).

    @Test
    void shareWhoInviteAndInvitationsPerInviter() {
        assertEquals(Optional.of(0.4), Virality.shareWhoInvite(4, 10, 3));
        assertEquals(Optional.of(1.5), Virality.invitationsPerInviter(6, 4, 3));
        assertTrue(Virality.shareWhoInvite(1, 4, 5).isEmpty(), "fewer than k members: not published");
        assertTrue(Virality.invitationsPerInviter(6, 4, 5).isEmpty(), "4 inviters < k = 5");
    }

    @Test
    void medianCycleTimes() {
        // Days from joining to first successful invitation for S, a, b, d: 1, 2, 5, 9 days → median (2 + 5) / 2 = 3.5 days.
        List<Duration> four = List.of(Duration.ofDays(5), Duration.ofDays(1), Duration.ofDays(9), Duration.ofDays(2));
        assertEquals(Optional.of(Duration.ofHours(84)), Virality.median(four, 3));
        // Odd count: the middle one.
        assertEquals(Optional.of(Duration.ofDays(2)), Virality.median(List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(30)), 3));
        assertTrue(Virality.median(four, 5).isEmpty(), "four delays < k = 5: not published");
        assertTrue(Virality.median(List.of(), 3).isEmpty());
    }

    @Test
    void relayShare() {
        // Relays brought in 3 of the 6 brought in by members.
        assertEquals(Optional.of(0.5), Virality.relayShare(3, 6, 3));
        assertTrue(Virality.relayShare(3, 4, 5).isEmpty());
        assertTrue(Virality.relayShare(7, 6, 3).isEmpty(), "inconsistent counts are not published");
    }
}
