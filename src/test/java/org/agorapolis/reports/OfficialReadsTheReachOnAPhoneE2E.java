package org.agorapolis.reports;

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

class OfficialReadsTheReachOnAPhoneE2E extends BrowserTest {

    @Test
    void anOfficialReadsTheTownsReportSwitchesToAnAssemblyAndDownloadsItsPdfAndATable() throws Exception {
        String title = "Jardins partagés " + UUID.randomUUID().toString().substring(0, 6);
        long assembly = TestData.assembly(stack, title, "OPEN", "PUBLIC");
        TestData.members(stack, assembly, 12, "jardin-" + assembly, null);
        TestAccount official = TestData.account(stack, "Conseillere", "resident", "official");
        Page page = signedIn(phone(), official, "/reports/");
        Browser.expect(page, "#reach");

        assertTrue(page.locator("[data-test=suppression-note]").innerText().contains("moins de 5 personnes"));
        assertTrue(page.locator("[data-test=freshness]").innerText().startsWith("Chiffres calculés le"));
        assertTrue(page.locator("#activityChart canvas").count() == 1, "the activity chart is drawn");
        page.locator("#activity details summary").click();
        assertEquals(60, page.locator("[data-test=activity] tbody tr").count());
        new AgorapolisPage(page) { }.assertAccessible("official-town-report-phone");

        // Switch to the assembly: its own figures, its own downloads.
        page.locator("#report-scope").selectOption(String.valueOf(assembly));
        page.locator("[data-test=report-switch] button").click();
        page.waitForURL("**/reports/?assembly=" + assembly);
        assertEquals(title, page.locator("[data-test=report-title]").innerText());
        assertEquals("12", page.locator("[data-test=viral-memberships]").innerText());
        new AgorapolisPage(page) { }.assertAccessible("official-assembly-report-phone");

        Download pdf = page.waitForDownload(() -> page.locator("[data-test=council-report] a[hreflang=fr]").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        String text = CouncilReportTest.text(bytes);
        assertTrue(text.contains("Rapport de participation") && text.contains(title) && text.contains("Chiffres clés")
                && text.contains("Portée de la participation") && text.contains("Notes de méthode"), text);
        assertTrue(text.contains("12"), "the twelve members");
        assertTrue(!text.contains("Habitant"), "nobody is named");

        Download download = page.waitForDownload(() -> page.locator("[data-test=reach-downloads] a[href*='table=generations']").click());
        String csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertEquals("\"generation\",\"memberships\",\"k_to_next\"\r\n\"0\",\"12\",\"\"\r\n", csv, "the assembly's generations, not the town's");
    }
}
