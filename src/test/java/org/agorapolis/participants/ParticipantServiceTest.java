package org.agorapolis.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParticipantServiceTest {

    @Test
    void cut_keepsShortTextAndCutsLongTextAtTheLimit() {
        assertEquals("Anne", ParticipantService.cut("Anne", 120));
        assertEquals(120, ParticipantService.cut("x".repeat(500), 120).length());
    }

    @Test
    void languageOf_keepsOnlyTheLanguageOfAWellFormedTag() {
        assertEquals("fr", ParticipantService.languageOf("fr-CA"));
        assertEquals("en", ParticipantService.languageOf("EN_gb"));
        assertNull(ParticipantService.languageOf(null));
        assertNull(ParticipantService.languageOf("<script>"));
        assertNull(ParticipantService.languageOf("français"));
    }

    @Test
    void anAnswerOfTheOptionalStepIsAnIdDeclinedOrNothingAndAnythingElseIsRefused() {
        assertEquals(new ParticipantService.Answer(null, false), ParticipantService.Answer.parse("", "k"));
        assertEquals(new ParticipantService.Answer(null, false), ParticipantService.Answer.parse(null, "k"));
        assertEquals(new ParticipantService.Answer(null, true), ParticipantService.Answer.parse("declined", "k"));
        assertEquals(new ParticipantService.Answer(42L, false), ParticipantService.Answer.parse(" 42 ", "k"));
        for (String bad : new String[] {"-1", "4.2", "abc", "1".repeat(19), "declined2"}) {
            assertEquals("describe.x", org.junit.jupiter.api.Assertions.assertThrows(org.agorapolis.shared.InvalidInputException.class,
                    () -> ParticipantService.Answer.parse(bad, "describe.x")).messageKey(), bad);
        }
        assertEquals("declined", new ParticipantService.SelfDescription(null, false, null, true, true).getAgeBand());
        assertEquals("7", new ParticipantService.SelfDescription(7L, false, null, false, true).getNeighbourhood());
        assertEquals("", new ParticipantService.SelfDescription(null, false, null, false, false).getNeighbourhood());
    }
}
