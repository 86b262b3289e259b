package org.agorapolis.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.AssemblyPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.KeycloakLoginPage;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class ResidentInvitesANeighbourE2E extends BrowserTest {

    @Test
    void aMemberSharesTheirLinkAndANewcomerSignsUpAndLandsInTheAssembly() throws Exception {
        long assembly = TestData.assembly(stack, "Conseil des jardins " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        TestAccount inviter = TestData.account(stack, "Albane", "resident");
        Page inviterPhone = signedIn(phone(), inviter, "/");
        TestData.member(stack, assembly, inviter);

        inviterPhone.navigate(stack.appUrl() + "/invitations/mine.xhtml?assembly=" + assembly);
        inviterPhone.locator("[id='link:message']").fill("On décide ensemble du jardin partagé, viens !");
        inviterPhone.locator("[id='link:issue']").click();
        Browser.expect(inviterPhone, "[data-test=link]");
        AgorapolisPage mine = new AgorapolisPage(inviterPhone) { };
        mine.assertAccessible("invitations-mine");
        assertEquals("Il vous reste 5 invitations.", inviterPhone.locator("[data-test=quota]").innerText());
        String link = inviterPhone.locator("[data-test=link]").inputValue();
        assertTrue(inviterPhone.locator("[data-test=share-email]").getAttribute("href").startsWith("mailto:?subject="));

        Page newcomer = browser.newVisitor("fr-FR", 360);
        newcomer.navigate(link);
        Browser.expect(newcomer, "[data-test=invitation-welcome]");
        assertFalse(newcomer.url().contains("/i/"), "the token left the address bar");
        assertEquals("Albane Testeur vous invite à participer", newcomer.locator("[data-test=inviter]").innerText());
        new AgorapolisPage(newcomer) { }.assertAccessible("invitation-welcome");
        newcomer.locator("[data-test=join]").click();
        String username = "basile-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakLoginPage.expect(newcomer).register(username, username + "@test.agorapolis.org", "Basile", "Nouveau", TestData.PASSWORD, stack.mail());
        Browser.expect(newcomer, "[data-test=invitation-welcome]");
        newcomer.locator("[id='welcome:join']").click();

        AssemblyPage joined = new AssemblyPage(newcomer);
        assertTrue(joined.isMember());
        assertEquals("Bienvenue ! Vous êtes membre de l’assemblée.", joined.message());
        joined.assertAccessible("invitation-joined");

        inviterPhone.reload();
        assertTrue(inviterPhone.locator("[data-test=invitee]").innerText().startsWith("Basile Nouveau"), "the inviter sees who joined");
        assertEquals("Il vous reste 4 invitations.", inviterPhone.locator("[data-test=quota]").innerText());
        assertEquals("1 non lue(s)", inviterPhone.locator("[data-test=unread-notices]").innerText(), "the inviter is told in the app");
        inviterPhone.locator("[data-test=nav-notices]").click();
        Browser.expect(inviterPhone, "[data-test=notice]");
        assertTrue(inviterPhone.locator("[data-test=notice]").first().innerText().contains("Basile Nouveau a rejoint"),
                inviterPhone.locator("[data-test=notice]").first().innerText());
        new AgorapolisPage(inviterPhone) { }.assertAccessible("notices");
        inviterPhone.navigate(stack.appUrl() + "/invitations/mine.xhtml?assembly=" + assembly);

        inviterPhone.locator("[id='print:count']").fill("2");
        inviterPhone.locator("[id='print:submit']").click();
        Browser.expect(inviterPhone, "[data-test=coupon-sheet]");
        assertEquals(2, inviterPhone.locator("[data-test=coupon]").count());
        mine.assertAccessible("invitations-coupons");
        Page neighbour = browser.newVisitor("en-GB", 360);
        neighbour.navigate(stack.appUrl() + "/invitations/code.xhtml");
        neighbour.locator("[id='code:value']").fill(inviterPhone.locator("[data-test=coupon-code]").first().innerText().toLowerCase());
        neighbour.locator("[id='code:open']").click();
        Browser.expect(neighbour, "[data-test=invitation-welcome]");
        assertEquals("Albane Testeur invites you to take part", neighbour.locator("[data-test=inviter]").innerText());
        new AgorapolisPage(neighbour) { }.assertAccessible("invitation-by-code-en");
    }
}
