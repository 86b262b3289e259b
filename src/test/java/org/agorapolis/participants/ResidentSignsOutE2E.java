package org.agorapolis.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AccountPage;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.HomePage;
import org.agorapolis.browser.KeycloakLoginPage;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class ResidentSignsOutE2E extends BrowserTest {

    @Test
    void signingOutEndsBothSessionsAndPrivatePagesCannotBeSeenAgain() throws Exception {
        TestAccount resident = TestData.account(stack, "Elise", "resident");
        Page page = phone();
        signedIn(page, resident, "/account/");
        AccountPage account = new AccountPage(page);
        assertEquals(resident.displayName(), account.name());
        assertEquals(1, stack.keycloakAdmin().sessionCount(resident.subject()), "one session at Keycloak while signed in");

        HomePage home = account.signOut();

        assertEquals("", home.signedInName());
        assertTrue(home.notice().contains("déconnecté"), home.notice());
        home.assertAccessible("resident-signed-out");
        assertEquals(0, stack.keycloakAdmin().sessionCount(resident.subject()), "the Keycloak session has ended too");

        page.goBack();
        page.reload();
        assertFalse(page.content().contains(resident.email()), "the back button does not show the account page");

        page.navigate(stack.appUrl() + "/account/");
        KeycloakLoginPage again = KeycloakLoginPage.expect(page);
        assertEquals("fr", again.language(), "a private page asks to sign in again, silently re-signing in is impossible");
    }
}
