package org.agorapolis.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.AssemblyPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.KeycloakLoginPage;
import org.agorapolis.stack.QrReader;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class PosterLeadsANewcomerInE2E extends BrowserTest {

    @Test
    void aModeratorPutsUpAPosterAndAPasserByScansItSignsUpAndJoins() throws Exception {
        long assembly = TestData.assembly(stack, "Place du marché " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        TestAccount moderator = TestData.account(stack, "Mona", "resident", "moderator");
        Page admin = signedIn(phone(), moderator, "/admin/assemblies/edit.xhtml?id=" + assembly);
        admin.locator("[data-test=posters-link]").click();
        Browser.expect(admin, "[data-test=no-poster]");
        admin.locator("[id='poster:name']").fill("Boulangerie de la place du Marché");
        admin.locator("[id='poster:address']").fill("2 place du Marché");
        admin.locator("[id='poster:create']").click();
        Browser.expect(admin, "[data-test=poster]");
        new AgorapolisPage(admin) { }.assertAccessible("admin-posters");
        APIResponse pdf = admin.request().get(admin.locator("[data-test=poster-pdf]").evaluate("a => a.href").toString());
        assertEquals("application/pdf", pdf.headers().get("content-type"));
        APIResponse png = admin.request().get(admin.locator("[data-test=poster-png]").evaluate("a => a.href").toString());
        String scanned = QrReader.read(png.body());

        Page passerBy = browser.newVisitor("fr-FR", 360);
        passerBy.navigate(scanned);
        Browser.expect(passerBy, "[data-test=invitation-welcome]");
        assertFalse(passerBy.url().contains("/i/"), "the token left the address bar");
        assertEquals("Invitation trouvée sur une affiche : Boulangerie de la place du Marché", passerBy.locator("[data-test=inviter]").innerText());
        new AgorapolisPage(passerBy) { }.assertAccessible("poster-welcome");
        passerBy.locator("[data-test=join]").click();
        String username = "paul-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakLoginPage.expect(passerBy).register(username, username + "@test.agorapolis.org", "Paul", "Passant", TestData.PASSWORD, stack.mail());
        Browser.expect(passerBy, "[data-test=invitation-welcome]");
        passerBy.locator("[id='welcome:join']").click();

        AssemblyPage joined = new AssemblyPage(passerBy);
        assertTrue(joined.isMember());
        admin.reload();
        assertEquals("1", admin.locator("[data-test=poster-scans]").innerText());
        assertEquals("1", admin.locator("[data-test=poster-signups]").innerText(), "a new account, created after the scan");
        assertEquals("1", admin.locator("[data-test=poster-joined]").innerText());
    }
}
