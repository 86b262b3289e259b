package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The council's report as a PDF: made on demand for the town and each assembly, archived when an assembly closes. */
class CouncilReportIT {

    private final Stack stack = TestStack.get();

    private static void assertPdf(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), response.uri() + " → " + response.headers().firstValue("Location").orElse(""));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anOfficialDownloadsTheTownsReportInFrenchAndInEnglish() throws Exception {
        Person official = Residents.person(stack, "Elue", "resident", "official");

        HttpResponse<byte[]> french = official.client().bytes("/reports/council.pdf?language=fr");
        assertPdf(french);
        String text = CouncilReportTest.text(french.body());
        for (String heading : new String[] {"Rapport de participation", "Toute la ville", "Chiffres clés", "Graphiques", "Portée de la participation",
                "Résultats", "Notes de méthode", "Membres par quartier, comparés au recensement"}) {
            assertTrue(text.contains(heading), heading + " in\n" + text);
        }
        assertTrue(french.headers().firstValue("Content-Disposition").orElse("").contains("council-report-town-fr.pdf"));

        String english = CouncilReportTest.text(official.client().bytes("/reports/council.pdf?language=en").body());
        assertTrue(english.contains("Participation report") && english.contains("Key figures") && english.contains("Method notes"), english);
    }

    @Test
    void anAssemblysReportIsArchivedInBothLanguagesWhenItClosesOnItsDateAndNeverChanges() throws Exception {
        String title = "Clôture " + UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, title, "VOTING", "PUBLIC");
        TestData.members(stack, assembly, 7, "cloture-" + assembly, null);
        Person official = Residents.person(stack, "Elu", "resident", "official");
        assertEquals(404, official.client().bytes("/reports/council.pdf?archived=1&language=fr&assembly=" + assembly).statusCode(), "not closed yet");

        // The calendar closes it within ten seconds of its closing date passing; the report follows.
        TestData.execute(stack, "update assembly set opens_on = current_date - 3, voting_on = current_date - 2, closes_on = current_date - 1 where id = " + assembly);
        long deadline = System.currentTimeMillis() + 60_000;
        while (TestData.count(stack, "select count(*) from council_report where assembly_id = " + assembly) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(2, TestData.count(stack, "select count(*) from council_report where assembly_id = " + assembly), "French and English");

        HttpResponse<byte[]> archived = official.client().bytes("/reports/council.pdf?archived=1&language=fr&assembly=" + assembly);
        assertPdf(archived);
        String text = CouncilReportTest.text(archived.body());
        assertTrue(text.contains(title) && text.contains("Assemblée — Clôturée") && text.contains("Notes de méthode"), text);
        assertTrue(text.contains("7"), "seven members");
        assertTrue(!text.contains("Habitant"), "nobody is named");
        assertTrue(CouncilReportTest.text(official.client().bytes("/reports/council.pdf?archived=1&language=en&assembly=" + assembly).body()).contains("Assembly — Closed"));

        Document page = Jsoup.parse(official.client().get("/reports/?refresh=1&assembly=" + assembly).body());
        assertEquals(2, page.select("[data-test=archived-report] a").size(), "the page offers the archived report");

        assertThrows(java.sql.SQLException.class, () -> TestData.execute(stack, "update council_report set pdf = '%PDF-forged' where assembly_id = " + assembly),
                "an archived report is never rewritten");
        assertEquals(2, TestData.count(stack, "select count(*) from council_report where assembly_id = " + assembly));
    }

    @Test
    void onlyOfficialsAndAdministratorsGetAReportAndUnknownOrDraftAssembliesHaveNone() throws Exception {
        long draft = TestData.assembly(stack, "Brouillon " + UUID.randomUUID(), "DRAFT", "PUBLIC");
        long open = TestData.assembly(stack, "Ouverte " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person official = Residents.person(stack, "Elu", "resident", "official");
        Person admin = Residents.person(stack, "Admin", "resident", "admin");

        assertPdf(official.client().bytes("/reports/council.pdf?language=fr&assembly=" + open));
        assertPdf(admin.client().bytes("/reports/council.pdf?language=en&assembly=" + open));
        assertEquals(404, official.client().bytes("/reports/council.pdf?language=fr&assembly=" + draft).statusCode());
        assertEquals(404, official.client().bytes("/reports/council.pdf?language=fr&assembly=987654321").statusCode());
        assertEquals(404, official.client().bytes("/reports/council.pdf?archived=1&language=fr&assembly=" + open).statusCode(), "archived only once closed");
        assertEquals(404, official.client().bytes("/reports/council.pdf?archived=1&language=fr").statusCode(), "the town's report is never archived");
        assertPdf(official.client().bytes("/reports/council.pdf?language=zz&assembly=abc"));
        assertEquals(403, Residents.person(stack, "Habitant").client().bytes("/reports/council.pdf?language=fr").statusCode());
        assertEquals(403, Residents.person(stack, "Moderateur", "resident", "moderator").client().bytes("/reports/council.pdf?language=fr").statusCode());
    }
}
