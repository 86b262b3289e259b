package org.agorapolis.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    @Test
    void preferred_takesTheFirstSupportedLanguageTheBrowserAsksFor() {
        assertEquals(Locale.ENGLISH, LocaleSelection.preferred(Collections.enumeration(
                List.of(Locale.GERMAN, Locale.UK, Locale.FRANCE))));
        assertEquals(Locale.FRENCH, LocaleSelection.preferred(Collections.enumeration(List.of(Locale.CANADA_FRENCH))));
    }

    @Test
    void preferred_isFrenchWhenTheBrowserAsksForNoSupportedLanguage() {
        assertEquals(Locale.FRENCH, LocaleSelection.preferred(Collections.enumeration(List.of(Locale.JAPANESE))));
        assertEquals(Locale.FRENCH, LocaleSelection.preferred(Collections.emptyEnumeration()));
    }

    @Test
    void choose_acceptsOnlySupportedLanguages() {
        LocaleSelection selection = new LocaleSelection();

        assertTrue(selection.choose("en"));
        assertEquals(false, selection.choose("de"));
        assertEquals(false, selection.choose(null));
        assertEquals(false, selection.choose("EN; drop table"));
        assertEquals(Locale.ENGLISH, selection.getLocale(), "an unsupported choice leaves the language unchanged");
    }
}
