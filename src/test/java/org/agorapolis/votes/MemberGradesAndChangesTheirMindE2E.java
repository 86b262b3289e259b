package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class MemberGradesAndChangesTheirMindE2E extends BrowserTest {

    @Test
    void aMemberGradesEveryOptionOnAPhoneThenChangesTheirMindBeforeTheClose() throws Exception {
        long assembly = TestData.assembly(stack, "Place du marché " + UUID.randomUUID().toString().substring(0, 6), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "MAJORITY_JUDGMENT", true, "Un jardin partagé", "Un parking", "Une halle couverte");
        TestAccount member = TestData.account(stack, "Amandine", "resident");
        Page page = signedIn(phone(), member, "/ballots/view.xhtml?id=" + ballot);
        TestData.member(stack, assembly, member);
        page.reload();
        Browser.expect(page, "form#vote");
        new AgorapolisPage(page) { }.assertAccessible("ballot-majority-judgment-phone");

        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("Un jardin partagé")).getByLabel("Excellent").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("Un parking")).getByLabel("À rejeter").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("Une halle couverte")).getByLabel("Assez bien").check();
        page.locator("#vote\\:cast").click();
        Browser.expect(page, "[data-test=receipt]");
        String receipt = page.locator("[data-test=receipt]").innerText().trim();
        assertTrue(receipt.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), receipt);
        new AgorapolisPage(page) { }.assertAccessible("ballot-receipt-phone");

        // Later, the same phone: the receipt is remembered, only the grades change.
        page.navigate(stack.appUrl() + "/ballots/view.xhtml?id=" + ballot);
        Browser.expect(page, "#vote\\:change");
        assertEquals(receipt, page.locator("#vote\\:receipt").inputValue(), "this browser remembers the receipt");
        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("Un jardin partagé")).getByLabel("Très bien").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("Un parking")).getByLabel("Insuffisant").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("Une halle couverte")).getByLabel("Excellent").check();
        page.locator("#vote\\:change").click();
        Browser.expect(page, ".messages");
        assertTrue(page.locator(".messages").innerText().contains("Votre nouveau choix est enregistré"), page.locator(".messages").innerText());

        assertEquals(1, TestData.count(stack, "select count(*) from ballot_voter where ballot_id = " + ballot));
        assertEquals("4,1,5", TestData.text(stack, "select coalesce((select choice from ballot_inbox where ballot_id = " + ballot + "), (select choice from "
                + "ballot_box where ballot_id = " + ballot + "))"), "only the last choice is kept");
    }
}
