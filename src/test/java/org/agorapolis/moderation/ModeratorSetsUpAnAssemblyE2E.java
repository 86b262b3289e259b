package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AgorapolisPage;
import org.agorapolis.browser.AssemblyPage;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class ModeratorSetsUpAnAssemblyE2E extends BrowserTest {

    @Test
    void aModeratorCreatesAnAssemblyOpensItAndResidentsFindIt() throws Exception {
        TestAccount moderator = TestData.account(stack, "Sophie", "resident", "moderator");
        String title = "Marché de Noël " + UUID.randomUUID().toString().substring(0, 8);
        DateTimeFormatter form = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Page page = signedIn(phone(), moderator, "/admin/");

        page.locator("[data-test=new-assembly]").click();
        AgorapolisPage edit = new AgorapolisPage(page) { };
        edit.assertAccessible("admin-assembly-new");
        page.locator("[id='assembly:title']").fill(title);
        page.locator("[id='assembly:summary']").fill("Où installer les chalets, et à quelles heures ?");
        page.locator("[id='assembly:description']").fill("<p>Le marché revient <em>place de la mairie</em>.</p>");
        page.locator("[id='assembly:opensOn_input']").fill(LocalDate.now().format(form));
        page.locator("[id='assembly:votingOn_input']").fill(LocalDate.now().plusDays(14).format(form));
        page.locator("[id='assembly:closesOn_input']").fill(LocalDate.now().plusDays(21).format(form));
        page.keyboard().press("Escape");
        page.locator("[id='assembly:save']").click();
        page.waitForSelector("[data-test=phase-panel]");
        assertEquals("Brouillon", page.locator("[data-test=current-phase]").innerText());
        edit.assertAccessible("admin-assembly-draft");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("[id='phase:advance']").click();
        page.waitForSelector("text=L'assemblée a changé de phase.");
        assertEquals("Débat et propositions", page.locator("[data-test=current-phase]").innerText());

        DateTimeFormatter withTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        java.time.LocalDateTime evening = LocalDate.now().plusDays(3).atTime(18, 30);
        page.locator("[id='meeting:title']").fill("Réunion publique");
        page.locator("[id='meeting:startsAt_input']").fill(evening.format(withTime));
        page.locator("[id='meeting:endsAt_input']").fill(evening.plusHours(2).format(withTime));
        page.keyboard().press("Escape");
        page.locator("[id='meeting:capacity']").fill("2");
        page.locator("[id='meeting:place']").fill("Salle des fêtes, 2 rue de la Mairie");
        assertEquals(evening.format(withTime), page.locator("[id='meeting:startsAt_input']").inputValue(), "the date picker kept the start typed");
        assertEquals(evening.plusHours(2).format(withTime), page.locator("[id='meeting:endsAt_input']").inputValue(), "and the end");
        page.locator("[id='meeting:save']").click();
        try {
            page.waitForSelector("text=La rencontre est programmée.");
        } catch (com.microsoft.playwright.TimeoutError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/meeting-not-scheduled.png")).setFullPage(true));
            throw new AssertionError("The meeting was not scheduled; the page says: " + page.locator("body").innerText(), e);
        }
        edit.assertAccessible("admin-assembly-meeting");

        TestAccount resident = TestData.account(stack, "Theo", "resident");
        Page residentPage = signedIn(phone(), resident, "/?q=" + title.substring(title.length() - 8));
        residentPage.locator("[data-test=assembly] h2 a").click();
        AssemblyPage assembly = new AssemblyPage(residentPage);
        assertEquals(title, assembly.heading());
        assertTrue(residentPage.locator(".description em").innerText().contains("place de la mairie"), "the formatting survives");
        assertTrue(assembly.offersToJoin());

        assembly = assembly.join();
        residentPage.locator("[data-test=meeting] input[id$=register]").click();
        residentPage.waitForSelector("[data-test=registered]");
        assertEquals("Une place libre sur 2", residentPage.locator("[data-test=seats]").innerText());
        assertEquals(1, residentPage.locator("[data-test=ics]").count(), "the meeting can be added to a calendar");
        new AssemblyPage(residentPage).assertAccessible("assembly-meeting-registered");
    }
}
