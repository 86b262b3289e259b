package org.agorapolis.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void clean_normalisesTrimsAndDropsControlCharacters() {
        assertEquals("Café", Text.clean("  Cafe\u0301 "));
        assertEquals("a\nb", Text.clean("a\r\nb\u0000\u0007"));
        assertEquals("ab", Text.clean("a\u202Eb"), "no bidirectional override");
        assertEquals("", Text.clean(null));
    }

    @Test
    void require_namesTheRuleBroken() {
        assertEquals("proposal.title.required", assertThrows(InvalidInputException.class,
                () -> Text.require("   ", "proposal.title", 3, 160)).messageKey());
        InvalidInputException tooShort = assertThrows(InvalidInputException.class, () -> Text.require("ab", "proposal.title", 3, 160));
        assertEquals("proposal.title.tooShort", tooShort.messageKey());
        assertArrayEquals(new Object[] {3}, tooShort.arguments());
        assertEquals("proposal.title.tooLong", assertThrows(InvalidInputException.class,
                () -> Text.require("x".repeat(161), "proposal.title", 3, 160)).messageKey());
    }

    @Test
    void require_countsCharactersNotCodeUnits() {
        String emojis = "🌳".repeat(160);

        assertEquals(emojis, Text.require(emojis, "proposal.title", 3, 160));
    }
}
