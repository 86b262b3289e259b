package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.Browser;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class OfficialReadsTheReachOnAPhoneE2E extends BrowserTest {

    @Test
    void anOfficialReadsTheReachTheSpreadAndTheActivityOnAPhoneAndDownloadsATable() throws Exception {
        TestAccount official = TestData.account(stack, "Conseillere", "resident", "official");
        Page page = signedIn(phone(), official, "/reports/");
        Browser.expect(page, "#reach");

        assertTrue(page.locator("[data-test=suppression-note]").innerText().contains("moins de 5 personnes"));
        assertTrue(page.locator("#activityChart canvas").count() == 1, "the activity chart is drawn");
        page.locator("#activity details summary").click();
        assertEquals(60, page.locator("[data-test=activity] tbody tr").count());
        new AgorapolisPage(page) { }.assertAccessible("official-reach-phone");

        var download = page.waitForDownload(() -> page.locator("[data-test=reach-downloads] a").first().click());
        String csv = new String(java.nio.file.Files.readAllBytes(download.path()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\"neighbourhood\",\"members_who_answered\""), csv);
    }
}
