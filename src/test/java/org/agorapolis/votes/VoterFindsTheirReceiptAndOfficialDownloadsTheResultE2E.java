package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class VoterFindsTheirReceiptAndOfficialDownloadsTheResultE2E extends BrowserTest {

    @Test
    void aVoterFindsTheirPaperInThePublishedListAndAnOfficialReadsTheResultAndDownloadsItsCsv() throws Exception {
        long assembly = TestData.assembly(stack, "Budget " + UUID.randomUUID().toString().substring(0, 6), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "FOR_AGAINST", true);
        TestAccount voter = TestData.account(stack, "Bastien", "resident");
        Page phone = signedIn(phone(), voter, "/ballots/view.xhtml?id=" + ballot);
        TestData.member(stack, assembly, voter);
        phone.reload();
        phone.getByLabel("Pour").check();
        phone.locator("#vote\\:cast").click();
        Browser.expect(phone, "[data-test=receipt]");
        String receipt = phone.locator("[data-test=receipt]").innerText().trim();
        // Other members' papers, straight in the database (a receipt each, nobody named).
        for (String choice : new String[] {"FOR", "AGAINST", "FOR", "ABSTAIN"}) {
            TestData.execute(stack, "with p as (insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at) values ('seed', '"
                    + UUID.randomUUID() + "', 'Votant', now(), now()) returning id), m as (insert into membership (assembly_id, participant_id) select "
                    + assembly + ", id from p returning participant_id) insert into ballot_voter select " + ballot + ", participant_id from m");
            TestData.execute(stack, "insert into ballot_inbox (ballot_id, receipt, choice) values (" + ballot + ", '"
                    + org.agorapolis.votes.Receipts.next() + "', '" + choice + "')");
        }
        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);

        phone.navigate(stack.appUrl() + "/ballots/view.xhtml?id=" + ballot);
        Browser.expect(phone, "[data-test=find-receipt]");
        assertEquals(receipt, phone.locator("#find").inputValue(), "this browser remembers the receipt");
        phone.locator("[data-test=find-receipt] button").click();
        Browser.expect(phone, "[data-test=receipt-found]");
        assertEquals("Le bulletin " + receipt + " est compté : Pour.", phone.locator("[data-test=receipt-found]").innerText().trim());
        new AgorapolisPage(phone) { }.assertAccessible("ballot-published-papers-phone");

        TestAccount official = TestData.account(stack, "Odile", "resident", "official");
        Page page = signedIn(phone(), official, "/ballots/view.xhtml?id=" + ballot);
        Browser.expect(page, "#results");
        assertEquals("Adoptée : les « pour » l’emportent sur les « contre ».", page.locator("[data-test=outcome]").innerText().trim());
        assertTrue(page.locator("#resultChart canvas").count() == 1, "the result is drawn");
        assertTrue(page.locator("[data-test=turnout]").innerText().startsWith("5 votant·es sur 5 inscrit·es"), page.locator("[data-test=turnout]").innerText());
        new AgorapolisPage(page) { }.assertAccessible("ballot-result-official-phone");
        Download download = page.waitForDownload(() -> page.locator("[data-test=result-downloads] a").first().click());
        assertEquals("\"answer\",\"papers\"\r\n\"FOR\",\"3\"\r\n\"AGAINST\",\"1\"\r\n\"ABSTAIN\",\"1\"\r\n\"adopted\",\"true\"\r\n",
                new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8));
        page.locator("#recount\\:run").click();
        Browser.expect(page, "[data-test=recount]");
        assertEquals("Recompte : résultat identique (5 bulletins, 5 votant·es).", page.locator("[data-test=recount]").innerText().trim());
    }
}
