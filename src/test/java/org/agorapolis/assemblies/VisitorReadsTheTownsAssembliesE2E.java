package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.HomePage;
import org.agorapolis.stack.TestData;
import org.junit.jupiter.api.Test;

class VisitorReadsTheTownsAssembliesE2E extends BrowserTest {

    @Test
    void anAnonymousVisitorSeesOpenPublicAssembliesButNoDraftOnAPhone() throws Exception {
        String open = "Jardins partagés " + UUID.randomUUID();
        String draft = "Brouillon secret " + UUID.randomUUID();
        String byInvitation = "Cercle restreint " + UUID.randomUUID();
        TestData.assembly(stack, open, "OPEN", "PUBLIC");
        TestData.assembly(stack, draft, "DRAFT", "PUBLIC");
        TestData.assembly(stack, byInvitation, "OPEN", "BY_INVITATION");
        Page visitor = phone();

        HomePage home = HomePage.open(visitor, stack.appUrl());

        home.assertAccessible("visitor-home-fr-360");
        assertEquals("fr", home.language());
        assertTrue(home.assemblyTitles().contains(open), "the open public assembly is listed");
        assertFalse(home.assemblyTitles().contains(draft), "a draft is not shown to visitors");
        assertFalse(home.assemblyTitles().contains(byInvitation), "an assembly by invitation is not shown to visitors");
        assertEquals("", home.signedInName());
        assertFalse(home.navigation().contains("Administration"), "no administration link for visitors");
    }

    @Test
    void aVisitorSwitchesTheSiteToEnglishAndBack() {
        Page visitor = browser.newVisitor("fr-FR", 1280);
        HomePage home = HomePage.open(visitor, stack.appUrl());
        assertTrue(home.heading().startsWith("Les assemblées"), home.heading());

        home.switchLanguage("English");

        assertEquals("en", home.language());
        assertTrue(home.heading().startsWith("The assemblies"), home.heading());
        assertFalse(home.url().contains("lang="), "the switch redirects to a clean address");
        home.assertAccessible("visitor-home-en");

        home.switchLanguage("Français");
        assertEquals("fr", home.language());
    }

    @Test
    void anEnglishSpeakingBrowserGetsEnglishPages() {
        Page visitor = browser.newVisitor("en-GB", 1280);

        HomePage home = HomePage.open(visitor, stack.appUrl());

        assertEquals("en", home.language());
        assertTrue(home.heading().startsWith("The assemblies"), home.heading());
    }
}
