package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AssemblyModeratorAndBanE2E extends BrowserTest {

    @Test
    void aTownModeratorAppointsANeighbourWhoHidesAReportedCommentOnAPhoneThenTheTownModeratorBansTheAuthorAndLiftsTheBan() throws Exception {
        String title = "Square Voltaire " + UUID.randomUUID().toString().substring(0, 6);
        long assembly = TestData.assembly(stack, title, "OPEN", "PUBLIC");
        Person author = Residents.person(stack, "Insolent");
        TestData.member(stack, assembly, author.account());
        author.client().submit(author.client().open("/assemblies/view.xhtml?id=" + assembly), "comment", "comment:send",
                Map.of("comment:text", "Les riverains du square sont des égoïstes."));
        Person witness = Residents.person(stack, "Riveraine");
        HttpResponse<String> page = witness.client().open("/assemblies/view.xhtml?id=" + assembly);
        String form = Jsoup.parse(page.body()).selectFirst("[data-test=comment] form[id$=flag]").id();
        witness.client().submit(page, form, form + ":send", Map.of(form + ":reason", "INSULT"));
        TestAccount neighbour = TestData.account(stack, "Voisine", "resident");
        // The neighbour has signed in once, so that the platform knows her address.
        org.agorapolis.stack.SignedInClient.signIn(stack, neighbour.username(), TestData.PASSWORD);

        TestAccount townModeratorAccount = TestData.account(stack, "Maire-adjointe", "resident", "moderator");
        Page townModerator = signedIn(browser.newVisitor("fr-FR", 1280), townModeratorAccount, "/admin/assemblies/edit.xhtml?id=" + assembly);
        townModerator.onDialog(dialog -> dialog.accept());
        townModerator.locator("form[id=appoint] input[type=email]").fill(neighbour.email());
        townModerator.locator("form[id=appoint] input[type=submit]").click();
        Browser.expect(townModerator, "[data-test=appointed-moderator]");
        assertTrue(townModerator.locator(".messages").innerText().contains("La personne modère désormais cette assemblée."));
        new AgorapolisPage(townModerator) { }.assertAccessible("assembly-moderators");

        Page appointed = signedIn(phone(), neighbour, "/");
        appointed.locator("nav a[href$='/admin/']").click();
        Browser.expect(appointed, "#assemblies");
        assertTrue(appointed.locator("#assemblies").innerText().contains(title));
        assertEquals(0, appointed.locator("[data-test=new-assembly]").count(), "she does not create assemblies");
        new AgorapolisPage(appointed) { }.assertAccessible("admin-home-appointed");
        appointed.locator("[data-test=moderation-link]").click();
        Browser.expect(appointed, "[data-test=case-excerpt]");
        var row = appointed.locator("tr:has([data-test=case-excerpt]:text('Les riverains du square'))");
        assertEquals(0, row.locator("input[value='Bannir l’auteur']").count(), "bans are for the town's moderators");
        new AgorapolisPage(appointed) { }.assertAccessible("queue-appointed");
        row.locator("select").selectOption("INSULT");
        row.locator("input[value='Masquer']").click();
        Browser.expect(appointed, ".messages");
        assertTrue(appointed.locator(".messages").innerText().contains("Le contenu est masqué ; son auteur en est informé."));

        townModerator.navigate(stack.appUrl() + "/admin/moderation/");
        // Hidden now, the case has left the open ones: the town moderator looks at this assembly's, whatever their status.
        townModerator.locator("select[id='filters:assembly']").selectOption(String.valueOf(assembly));
        townModerator.locator("select[id='filters:status']").selectOption("");
        townModerator.locator("input[id='filters:apply']").click();
        var sameCase = townModerator.locator("tr:has([data-test=case-excerpt]:text('Les riverains du square'))");
        sameCase.locator("select").selectOption("INSULT");
        sameCase.locator("input[value='Bannir l’auteur']").click();
        Browser.expect(townModerator, "[data-test=ban]");
        assertTrue(townModerator.locator(".messages").innerText().contains("L’auteur est banni : son compte est désactivé."));
        assertFalse(stack.keycloakAdmin().isEnabled(author.account().subject()));
        var ban = townModerator.locator("[data-test=ban]:has([data-test=banned-name]:text('" + author.account().displayName() + "'))");
        new AgorapolisPage(townModerator) { }.assertAccessible("bans");
        ban.locator("input[type=submit]").click();
        Browser.expect(townModerator, ".messages");
        assertTrue(townModerator.locator(".messages").innerText().contains("Le bannissement est levé : le compte est réactivé."));
        assertTrue(stack.keycloakAdmin().isEnabled(author.account().subject()));

        Page visitor = phone();
        visitor.navigate(stack.appUrl() + "/participants/view.xhtml?id="
                + TestData.count(stack, "select id from participant where subject = '" + author.account().subject() + "'"));
        Browser.expect(visitor, "[data-test=profile-name]");
        assertEquals(author.account().displayName(), visitor.locator("[data-test=profile-name]").innerText());
        new AgorapolisPage(visitor) { }.assertAccessible("profile");
    }
}
