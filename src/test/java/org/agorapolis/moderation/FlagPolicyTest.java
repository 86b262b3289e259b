package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FlagPolicyTest {

    @Test
    void aFlagNeedsAReasonSomeoneElsesVisibleItemAndWordsForOther() {
        assertTrue(FlagPolicy.flag(1, 2, Optional.empty(), FlagReason.INSULT, "").isAllowed());
        assertEquals("moderation.flag.reasonMissing", FlagPolicy.flag(1, 2, Optional.empty(), null, "").refusal());
        assertEquals("moderation.flag.own", FlagPolicy.flag(1, 1, Optional.empty(), FlagReason.SPAM, "").refusal());
        assertEquals("moderation.flag.alreadyHidden", FlagPolicy.flag(1, 2, Optional.of("PENDING"), FlagReason.SPAM, "").refusal());
        assertEquals("moderation.flag.explain", FlagPolicy.flag(1, 2, Optional.empty(), FlagReason.OTHER, "  ").refusal());
        assertTrue(FlagPolicy.flag(1, 2, Optional.empty(), FlagReason.OTHER, "Publicité déguisée").isAllowed());
        assertEquals("moderation.flag.tooLong", FlagPolicy.flag(1, 2, Optional.empty(), FlagReason.SPAM, "x".repeat(501)).refusal());
        assertTrue(FlagPolicy.flag(1, 2, Optional.empty(), FlagReason.SPAM, "x".repeat(500)).isAllowed());
    }

    @Test
    void theThresholdHidesPendingReviewOnlyBeforeAnyDecision() {
        assertFalse(FlagPolicy.hidesPendingReview(2, 3, false));
        assertTrue(FlagPolicy.hidesPendingReview(3, 3, false));
        assertTrue(FlagPolicy.hidesPendingReview(7, 3, false));
        assertFalse(FlagPolicy.hidesPendingReview(7, 3, true), "a moderator restored it: flags no longer hide it by themselves");
    }

    @Test
    void unknownReasonsAreNoReason() {
        assertEquals(FlagReason.INSULT, FlagReason.parse("INSULT"));
        assertEquals(null, FlagReason.parse("insult"));
        assertEquals(null, FlagReason.parse(null));
    }
}
