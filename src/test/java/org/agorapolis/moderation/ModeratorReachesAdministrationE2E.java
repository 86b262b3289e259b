package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.FiguresPage;
import org.agorapolis.browser.KeycloakLoginPage;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class ModeratorReachesAdministrationE2E extends BrowserTest {

    @Test
    void aModeratorSeesTheRealFiguresAndTheDrafts() throws Exception {
        String draft = "Projet en préparation " + UUID.randomUUID();
        TestData.assembly(stack, draft, "DRAFT", "BY_INVITATION");
        TestAccount moderator = TestData.account(stack, "Sophie", "resident", "moderator");
        Page page = phone();
        signedIn(page, moderator, "/admin/");

        FiguresPage admin = new FiguresPage(page);

        assertEquals("Administration", admin.heading());
        assertTrue(admin.navigation().contains("Administration"));
        assertEquals(TestData.count(stack, "select count(*) from participant"), admin.figure("participants"));
        assertEquals(TestData.count(stack, "select count(*) from assembly"), admin.figure("assemblies"));
        assertTrue(admin.tableTitles().contains(draft), "drafts are listed for moderators: " + admin.tableTitles());
        admin.assertAccessible("moderator-admin");
    }

    @Test
    void anOfficialReadsTheReportsButIsRefusedAdministration() throws Exception {
        TestAccount official = TestData.account(stack, "Marc", "resident", "official");
        Page page = browser.newVisitor("en-GB", 1280);
        page.navigate(stack.appUrl() + "/reports/");
        KeycloakLoginPage login = KeycloakLoginPage.expect(page);
        assertEquals("en", login.language(), "the login page speaks the browser's English");
        login.assertAccessible("keycloak-login-en");
        login.signIn(official.username(), TestData.PASSWORD);

        FiguresPage reports = new FiguresPage(page);
        assertTrue(reports.heading().startsWith("Reports — "), reports.heading());
        reports = FiguresPage.open(page, stack.appUrl() + "/reports/?refresh=1"); // figures of this very moment, not of the last precomputation
        assertEquals(TestData.count(stack, "select count(*) from assembly"), reports.figure("assemblies"));
        reports.assertAccessible("official-reports");

        FiguresPage admin = FiguresPage.open(page, stack.appUrl() + "/admin/");
        assertTrue(admin.showsError("403"));
        assertEquals("Access denied", admin.heading());
    }
}
