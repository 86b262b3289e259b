package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.agorapolis.assemblies.Phase;
import org.junit.jupiter.api.Test;

class CouncilReportTest {

    private static final int K = 5;

    private static ReachReport.Shown shown(long value) {
        return new ReachReport.Shown(value, value > 0 && value < K, K);
    }

    /** A small assembly's report, as the queries would publish it: 1234 members, a neighbourhood of 3 hidden. */
    static Report sample() {
        List<ReachReport.Row> places = List.of(new ReachReport.Row("Centre-ville", shown(1200), 9000, Optional.of(1.37)),
                new ReachReport.Row("Les Coteaux", new ReachReport.Shown(31, true, K), 4000, Optional.empty()),
                new ReachReport.Row("Petit Bourg", shown(3), 800, Optional.empty()));
        List<ReachReport.Row> ages = List.of(new ReachReport.Row("15–29", shown(600), 5000, Optional.of(0.82)),
                new ReachReport.Row("75+", shown(634), 3000, Optional.of(1.25)));
        ReachReport reach = new ReachReport(K, places, ages, shown(1234), shown(0), shown(1234), shown(0), shown(1234), Optional.of(0.71),
                Optional.of(0.88), shown(420), shown(900), Optional.of(420 / 900.0),
                List.of(new ReachReport.Generation(0, shown(200), Optional.of(2.5)), new ReachReport.Generation(1, shown(500), Optional.of(1.07)),
                        new ReachReport.Generation(2, shown(534), Optional.empty())),
                Optional.of(1034 / 1234.0), List.of(new ReachReport.GenerationReach(0, shown(200), Optional.of(0.55), Optional.of(0.6))));
        ViralReport viral = new ViralReport(shown(1234), shown(300), shown(1034), Optional.of(300 / 1234.0), Optional.of(1034 / 300.0),
                Optional.of(Duration.ofHours(60)), Optional.of(Duration.ofHours(30)), 2, shown(40), Optional.of(0.12));
        List<Activity.Day> days = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            days.add(new Activity.Day(LocalDate.of(2026, 9, 27).plusDays(i), shown(i % 7 == 0 ? 3 : 20 + i), shown(i % 3), shown(40), shown(10), shown(i > 50 ? 120 : 0)));
        }
        List<ReportQueries.FunnelRow> funnel = List.of(
                new ReportQueries.FunnelRow("LINK", Optional.of(shown(310)), shown(2000), shown(700), shown(650), shown(400), shown(380), shown(300),
                        Optional.of(0.325)),
                new ReportQueries.FunnelRow("SMS", Optional.empty(), shown(0), shown(0), shown(0), shown(0), shown(0), shown(0), Optional.empty()),
                new ReportQueries.FunnelRow("POSTER", Optional.of(shown(6)), shown(900), shown(3), shown(384), shown(90), shown(70), shown(50), Optional.of(0.43)));
        Map<String, Long> proposals = new java.util.LinkedHashMap<>();
        proposals.put("PUBLISHED", 12L);
        proposals.put("SELECTED", 4L);
        return new Report(ReportScope.assembly(9), "Rénovation de la place du marché", Optional.of(Phase.CLOSED), Optional.of(LocalDate.of(2026, 11, 20)),
                Instant.parse("2026-11-25T14:00:00Z"), new TownFigures(5000, 1800, 6, Map.of(Phase.OPEN, 3L)), reach, viral,
                List.of(new ReportQueries.PosterFigures("Boulangerie Martin", "Place du marché", shown(120), shown(4), shown(30), shown(12))),
                new Activity(K, days), funnel, proposals,
                List.of(new ReportQueries.MeetingFigures("Place du marché", "Atelier de quartier", Instant.parse("2026-11-02T17:00:00Z"), 40, shown(2),
                        Optional.of(shown(46)))),
                List.of(new ReportQueries.BallotFigures("Place du marché", "Que faire de la place ?", "MAJORITY_JUDGMENT", true, shown(640), shown(1234),
                        Optional.of(640 / 1234.0), Optional.empty(), List.of("Un jardin")),
                        new ReportQueries.BallotFigures("Place du marché", "Fermer la rue le dimanche ?", "FOR_AGAINST", true, shown(3),
                                new ReachReport.Shown(20, true, K), Optional.empty(), Optional.of(true), List.of())),
                Duration.ofMillis(120));
    }

    /** The text of every page of a PDF, in order (OpenPDF's extractor), no-break spaces read as spaces. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("[\\u00a0\\u202f]", " ");
    }

    @Test
    void theFrenchReportHasItsSectionsFiguresAndMethodAndNamesNobody() throws IOException {
        byte[] pdf = CouncilReport.pdf(sample(), Locale.FRENCH, Instant.parse("2026-11-25T15:00:00Z"));

        java.nio.file.Files.write(java.nio.file.Path.of("target", "council-report-sample.pdf"), pdf); // to look at
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() >= 6, "title page, key figures, charts, reach, funnel and outcomes, method: " + reader.getNumberOfPages());
        assertEquals("Rapport de participation — Rénovation de la place du marché", reader.getInfo().get("Title"));
        String text = text(pdf);
        for (String expected : List.of("Rapport de participation", "Rénovation de la place du marché", "Assemblée — Clôturée — clôture le 20 novembre 2026",
                "Établi le 25 novembre 2026", "Chiffres clés", "Graphiques", "Portée de la participation", "Notes de méthode", "Score d’inclusion",
                "Indice de pont", "Facteur K", "Membres par quartier, comparés au recensement", "Boulangerie Martin", "Atelier de quartier", "Présents",
                "Que faire de la place ?", "En tête : Un jardin", "Fermer la rue le dimanche ?", "Adoptée")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        assertTrue(text.contains("1234"), "members, as the page shows them");
        assertTrue(text.matches("(?s).*640\\s*1234\\s*52\\s*%.*"), "640 voters of 1234: 52 % turnout");
        assertTrue(text.contains("0,71") && text.matches("(?s).*Indice de pont\\s*47\\s*%.*"), "inclusion 0.71 and bridging 420/900 = 47 %");
        assertTrue(text.matches("(?s).*Petit Bourg\\s*< 5.*"), "three people in a neighbourhood are hidden");
        assertTrue(text.matches("(?s).*Les Coteaux\\s*< 5.*"), "and the count hidden with them stays hidden");
        assertFalse(text.matches("(?s).*Petit Bourg\\s*3\\b.*"));
    }

    @Test
    void theEnglishReportSaysTheSameInEnglish() throws IOException {
        String text = text(CouncilReport.pdf(sample(), Locale.ENGLISH, Instant.parse("2026-11-25T15:00:00Z")));
        for (String expected : List.of("Participation report", "Assembly — Closed", "Key figures", "Charts", "Method notes", "Inclusion score",
                "Bridging index", "9,000", "47%")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        assertFalse(text.contains("Chiffres clés"));
    }
}
