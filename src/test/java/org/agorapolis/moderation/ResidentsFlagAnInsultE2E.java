package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class ResidentsFlagAnInsultE2E extends BrowserTest {

    @Test
    void aThirdFlagHidesAnInsultAModeratorConfirmsAndTheAuthorSeesWhy() throws Exception {
        long assembly = TestData.assembly(stack, "Parc des Tilleuls " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person author = Residents.person(stack, "Rageur");
        TestData.member(stack, assembly, author.account());
        author.client().submit(author.client().open("/assemblies/view.xhtml?id=" + assembly), "comment", "comment:send",
                Map.of("comment:text", "Ceux qui veulent des bancs sont des imbéciles."));
        for (String name : new String[] {"Premiere", "Deuxieme"}) {
            Person flagger = Residents.person(stack, name);
            HttpResponse<String> page = flagger.client().open("/assemblies/view.xhtml?id=" + assembly);
            String form = Jsoup.parse(page.body()).selectFirst("[data-test=comment] form[id$=flag]").id();
            flagger.client().submit(page, form, form + ":send", Map.of(form + ":reason", "INSULT"));
        }

        TestAccount third = TestData.account(stack, "Troisieme", "resident");
        Page resident = signedIn(phone(), third, "/assemblies/view.xhtml?id=" + assembly);
        resident.locator("[data-test=flag-open]").first().click();
        resident.locator("[data-test=comment] form[id$=flag] input[value=INSULT]").check();
        new AgorapolisPage(resident) { }.assertAccessible("flag-form");
        resident.locator("[data-test=comment] form[id$=flag] input[type=submit]").click();
        Browser.expect(resident, "[data-test=hidden-notice]");
        assertEquals("Ce contenu est masqué en attendant l’avis de la modération.", resident.locator("[data-test=hidden-notice]").innerText());

        TestAccount moderatorAccount = TestData.account(stack, "Modeste", "resident", "moderator");
        Page moderator = signedIn(browser.newVisitor("fr-FR", 1280), moderatorAccount, "/admin/");
        moderator.locator("[data-test=moderation-link]").click();
        Browser.expect(moderator, "[data-test=case-excerpt]");
        new AgorapolisPage(moderator) { }.assertAccessible("moderation-queue");
        var row = moderator.locator("tr:has([data-test=case-excerpt]:text('Ceux qui veulent des bancs'))");
        row.locator("select").selectOption("INSULT");
        row.locator("input[value='Masquer']").click();
        Browser.expect(moderator, ".messages, [role=status], .alert");
        assertTrue(moderator.content().contains("Le contenu est masqué ; son auteur en est informé."));

        Page authorPage = signedIn(phone(), author.account(), "/account/notices.xhtml");
        Browser.expect(authorPage, "[data-test=notice]");
        assertTrue(authorPage.locator("[data-test=notice]").first().innerText().contains("masquée par la modération : insulte ou harcèlement"),
                authorPage.locator("[data-test=notice]").first().innerText());
        authorPage.navigate(stack.appUrl() + "/assemblies/view.xhtml?id=" + assembly);
        assertEquals("Masqué par la modération : insulte ou harcèlement", authorPage.locator("[data-test=hidden-notice]").innerText());
        new AgorapolisPage(authorPage) { }.assertAccessible("comment-hidden");
    }
}
