package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class AdministratorReadsTheNetworkAndTheAuditE2E extends BrowserTest {

    @Test
    void anAdministratorFollowsABranchUnderPseudonymsThenReadsTheAuditTrailAndTheTownSettingsOnAPhone() throws Exception {
        long assembly = TestData.assembly(stack, "Réseau " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person root = Residents.person(stack, "Fondatrice");
        Residents.join(Residents.person(stack, "Invitee"), Residents.personalLink(stack, root, assembly, "", "sms"));
        TestAccount admin = TestData.account(stack, "Administratrice", "resident", "admin");

        Page phone = signedIn(phone(), admin, "/admin/invitations/?assembly=" + assembly);
        Browser.expect(phone, "[data-test=node-link]");
        new AgorapolisPage(phone) { }.assertAccessible("admin-network");
        phone.locator("[data-test=node-link]").last().click();
        Browser.expect(phone, "[data-test=subtree]");
        assertTrue(phone.locator("[data-test=subtree] [data-test=node]").count() >= 2, "the member and their invitee");
        new AgorapolisPage(phone) { }.assertAccessible("admin-network-branch");

        phone.navigate(stack.appUrl() + "/admin/");
        phone.locator("[data-test=audit-link]").click();
        Browser.expect(phone, "[data-test=audit]");
        new AgorapolisPage(phone) { }.assertAccessible("admin-audit");

        phone.navigate(stack.appUrl() + "/admin/");
        phone.locator("[data-test=town-link]").click();
        Browser.expect(phone, "[id='add:name']");
        new AgorapolisPage(phone) { }.assertAccessible("admin-town");
    }
}
