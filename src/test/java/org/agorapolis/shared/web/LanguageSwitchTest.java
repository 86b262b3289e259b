package org.agorapolis.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void withoutLang_keepsEveryOtherParameter() {
        assertEquals("?id=5&sort=NEWEST", LanguageSwitch.withoutLang("id=5&lang=en&sort=NEWEST"));
        assertEquals("", LanguageSwitch.withoutLang("lang=fr"));
        assertEquals("", LanguageSwitch.withoutLang(null));
        assertEquals("?language=x", LanguageSwitch.withoutLang("language=x&lang="));
    }
}
