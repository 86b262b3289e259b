package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.agorapolis.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class BallotSetupTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static BallotSetup setup(String question, CountingMethod method, Instant opens, Instant closes, String... options) {
        return new BallotSetup(question, method, true, false, opens, closes, List.of(options));
    }

    private static String refusal(BallotSetup setup) {
        return assertThrows(InvalidInputException.class, () -> setup.validated(NOW)).messageKey();
    }

    @Test
    void aWellFormedBallotIsCleanedEmptyLinesDropped() {
        BallotSetup valid = setup("  Quelle fête pour l’été ?  ", CountingMethod.APPROVAL, NOW, NOW.plus(Duration.ofDays(7)), "Un bal", "", "  Un cinéma ").validated(NOW);
        assertEquals("Quelle fête pour l’été ?", valid.question());
        assertEquals(List.of("Un bal", "Un cinéma"), valid.options());
    }

    @Test
    void everyBrokenRuleIsNamed() {
        Instant week = NOW.plus(Duration.ofDays(7));
        assertEquals("ballot.question.required", refusal(setup(" ", CountingMethod.FOR_AGAINST, NOW, week)));
        assertEquals("ballot.question.tooShort", refusal(setup("Oui", CountingMethod.FOR_AGAINST, NOW, week)));
        assertEquals("ballot.question.tooLong", refusal(setup("x".repeat(301), CountingMethod.FOR_AGAINST, NOW, week)));
        assertEquals("ballot.method.required", refusal(setup("Une question ?", null, NOW, week)));
        assertEquals("ballot.options.forAgainst", refusal(setup("Une question ?", CountingMethod.FOR_AGAINST, NOW, week, "A")));
        assertEquals("ballot.options.count", refusal(setup("Une question ?", CountingMethod.APPROVAL, NOW, week, "A")));
        assertEquals("ballot.options.count", refusal(setup("Une question ?", CountingMethod.MAJORITY_JUDGMENT, NOW, week,
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "Option " + i).toArray(String[]::new))));
        assertEquals("ballot.option.twice", refusal(setup("Une question ?", CountingMethod.APPROVAL, NOW, week, "Un bal", "UN BAL")));
        assertEquals("ballot.option.tooLong", refusal(setup("Une question ?", CountingMethod.APPROVAL, NOW, week, "x".repeat(201), "B")));
        assertEquals("ballot.times.required", refusal(setup("Une question ?", CountingMethod.FOR_AGAINST, null, week)));
        assertEquals("ballot.times.order", refusal(setup("Une question ?", CountingMethod.FOR_AGAINST, week, NOW)));
        assertEquals("ballot.times.past", refusal(setup("Une question ?", CountingMethod.FOR_AGAINST, NOW.minusSeconds(7200), NOW.minusSeconds(60))));
        assertEquals("ballot.times.tooLong", refusal(setup("Une question ?", CountingMethod.FOR_AGAINST, NOW, NOW.plus(Duration.ofDays(91)))));
    }
}
