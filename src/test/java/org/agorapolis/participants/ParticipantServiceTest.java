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
}
