package org.agorapolis.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AccountPage;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.FiguresPage;
import org.agorapolis.browser.HomePage;
import org.agorapolis.browser.KeycloakLoginPage;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class ResidentSignsInE2E extends BrowserTest {

    @Test
    void aResidentSignsInThroughTheFrenchLoginPageAndSeesTheirName() throws Exception {
        TestAccount resident = TestData.account(stack, "Amandine", "resident");
        Page page = phone();
        HomePage home = HomePage.open(page, stack.appUrl());

        KeycloakLoginPage login = home.clickSignIn();
        assertEquals("fr", login.language(), "the login page speaks French");
        assertTrue(login.offersRegistration(), "new residents can sign up");
        login.assertAccessible("keycloak-login-fr-360");
        login.signIn(resident.username(), TestData.PASSWORD);

        HomePage back = new HomePage(page);
        assertEquals(resident.displayName(), back.signedInName());
        assertTrue(back.navigation().contains("Mon compte"));
        assertFalse(back.navigation().contains("Administration"));
        back.assertAccessible("resident-home");

        long rows = TestData.count(stack, "select count(*) from participant where issuer = '" + stack.realmUrl()
                + "' and subject = '" + resident.subject() + "' and display_name = '" + resident.displayName() + "'");
        assertEquals(1, rows, "the participant is recorded under issuer and subject");
    }

    @Test
    void aResidentSeesTheirAccountWithTheirRoles() throws Exception {
        TestAccount resident = TestData.account(stack, "Bastien", "resident");
        Page page = phone();
        signedIn(page, resident, "/account/");

        AccountPage account = new AccountPage(page);

        assertEquals("Mon compte", account.heading());
        assertEquals(resident.displayName(), account.name());
        assertEquals("Habitant·e", account.roles());
        assertTrue(page.locator("[data-test=account]").innerText().matches("(?s).*\\d{1,2} \\p{L}+ 20\\d\\d.*"),
                "dates are written out in French, not in ISO form");
        account.assertAccessible("resident-account");

        // The optional step for the reach reports, and the few words of the public profile.
        page.locator("select[id='describe:ageBand']").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("select[id='describe:neighbourhood']").selectOption("declined");
        page.locator("input[id='describe:save']").click();
        org.agorapolis.browser.Browser.expect(page, ".messages");
        assertEquals("Vos réponses sont enregistrées. Merci.", page.locator(".messages").innerText().strip());
        assertEquals("declined", page.locator("select[id='describe:neighbourhood']").inputValue());
        page.locator("textarea[id='about:text']").fill("Je cultive un jardin partagé rue des Lilas.");
        page.locator("input[id='about:save']").click();
        org.agorapolis.browser.Browser.expect(page, ".messages");
        page.locator("[data-test=own-profile]").click();
        org.agorapolis.browser.Browser.expect(page, "[data-test=profile-about]");
        assertEquals("Je cultive un jardin partagé rue des Lilas.", page.locator("[data-test=profile-about]").innerText().strip());
        new AccountPage(page).assertAccessible("resident-profile");
    }

    @Test
    void aResidentIsRefusedAdministrationAndReportsWithAFriendlyPage() throws Exception {
        TestAccount resident = TestData.account(stack, "Chloe", "resident");
        Page page = phone();
        signedIn(page, resident, "/admin/");

        FiguresPage admin = new FiguresPage(page);
        assertTrue(admin.showsError("403"), "the friendly 403 page");
        assertEquals("Accès refusé", admin.heading());
        assertFalse(page.locator("body").innerText().contains("Exception"), "no stack trace");
        admin.assertAccessible("resident-refused-admin");

        FiguresPage reports = FiguresPage.open(page, stack.appUrl() + "/reports/");
        assertTrue(reports.showsError("403"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNobodyIsRecorded() throws Exception {
        TestAccount resident = TestData.account(stack, "Damien", "resident");
        Page page = phone();
        page.navigate(stack.appUrl() + "/account/");

        String error = KeycloakLoginPage.expect(page).signInRefused(resident.username(), "not-the-password");

        assertTrue(error.contains("invalide") || error.contains("incorrect"), error);
        assertEquals(0, TestData.count(stack, "select count(*) from participant where subject = '" + resident.subject() + "'"));
    }
}
