package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reach section of the reports on seeded members: counts under 5 are hidden, ratios only beside shown counts, people never listed. */
class ReachReportIT {

    private final Stack stack = TestStack.get();

    private void members(long assembly, long neighbourhood, int count, String tag) throws Exception {
        TestData.members(stack, assembly, count, tag, neighbourhood);
    }

    private static Element row(Document page, String table, String name) {
        return page.select("[data-test=" + table + "] tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + table));
    }

    @Test
    void anOfficialReadsMembersByNeighbourhoodAgainstTheCensusWithSmallCountsHidden() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, "Portée " + tag, "OPEN", "PUBLIC");
        String big = "Grand quartier " + tag;
        String small = "Petit quartier " + tag;
        TestData.execute(stack, "insert into neighbourhood (code, name) values ('grand-" + tag + "', '" + big + "'), ('petit-" + tag + "', '" + small
                + "'), ('moyen-" + tag + "', 'Moyen quartier " + tag + "')");
        long middleId = TestData.count(stack, "select id from neighbourhood where code = 'moyen-" + tag + "'");
        long bigId = TestData.count(stack, "select id from neighbourhood where code = 'grand-" + tag + "'");
        long smallId = TestData.count(stack, "select id from neighbourhood where code = 'petit-" + tag + "'");
        long band = TestData.count(stack, "select min(id) from age_band");
        TestData.execute(stack, "insert into census (neighbourhood_id, age_band_id, population) values (" + bigId + ", " + band + ", 4000), ("
                + smallId + ", " + band + ", 900)");
        members(assembly, bigId, 20, "grand-" + tag);
        members(assembly, smallId, 2, "petit-" + tag);
        // With 2 hidden, the total would give it away: the smallest other count shown (7 here, not 20) is hidden with it.
        members(assembly, middleId, 7, "moyen-" + tag);

        Person official = Residents.person(stack, "Elue", "resident", "official");
        Document page = Jsoup.parse(official.client().get("/reports/?refresh=1").body());

        Element bigRow = row(page, "reach-neighbourhood", big);
        Element smallRow = row(page, "reach-neighbourhood", small);
        assertEquals(List.of("20", "4000"), bigRow.select("td").eachText().subList(0, 2).stream().map(t -> t.replaceAll("[\\s\u00a0\u202f]", "")).toList());
        assertEquals("< 5", smallRow.select("td").get(0).text(), "two people are hidden");
        assertEquals("—", smallRow.select("td").get(2).text(), "no ratio beside a hidden count");
        assertTrue(bigRow.select("td").get(2).text().matches("\\d+,\\d\\d"), bigRow.select("td").get(2).text());
        assertTrue(page.selectFirst("[data-test=suppression-note]").text().contains("moins de 5 personnes"));
        Element founders = row(page, "reach-by-generation", "0");
        assertTrue(founders.select("td").get(1).text().matches("\\d+,\\d\\d"), "generation 0 has an inclusion score: " + founders.text());
        assertTrue(page.select("[data-test=reach-neighbourhood]").text().indexOf("Habitant") < 0, "nobody is ever named");

        String csv = official.client().get("/reports/reach.csv?table=neighbourhoods").body();
        assertTrue(csv.startsWith("\"neighbourhood\",\"members_who_answered\",\"census_population\",\"representation_ratio\"\r\n"), csv);
        assertTrue(csv.contains("\"" + small + "\",\"< 5\",\"900\",\"\"\r\n"), "the CSV hides what the page hides: " + csv);
        assertTrue(csv.matches("(?s).*\"" + big + "\",\"20\",\"4000\",\"\\d+\\.\\d\\d\"\r\n.*"), csv);
        String byGeneration = official.client().get("/reports/reach.csv?table=reachByGeneration").body();
        assertTrue(byGeneration.startsWith("\"generation\",\"memberships_who_answered\",\"inclusion_by_neighbourhood\",\"inclusion_by_age_band\"\r\n\"0\","),
                byGeneration);
        assertEquals(404, official.client().get("/reports/reach.csv?table=people").statusCode());
        assertEquals(403, Residents.person(stack, "Curieux").client().get("/reports/reach.csv?table=neighbourhoods").statusCode());
        assertEquals(403, Residents.person(stack, "Habitante").client().get("/reports/").statusCode());
        assertEquals(403, Residents.person(stack, "Moderatrice", "resident", "moderator").client().get("/reports/").statusCode());
    }

    @Test
    void anOfficialReadsHowInvitationsSpreadWithoutAnyoneNamed() throws Exception {
        String title = "Chaîne " + UUID.randomUUID();
        long assembly = TestData.assembly(stack, title, "OPEN", "PUBLIC");
        Person seed = Residents.person(stack, "Fondatrice");
        Person first = Residents.person(stack, "Premier");
        Person second = Residents.person(stack, "Deuxieme");
        Person third = Residents.person(stack, "Troisieme");
        Residents.join(first, Residents.personalLink(stack, seed, assembly, "", "link"));
        Residents.join(second, Residents.personalLink(stack, first, assembly, "", "link"));
        Residents.join(third, Residents.personalLink(stack, second, assembly, "", "link"));

        // Each join opened its link once, on the LINK channel; an unknown token counts nowhere.
        assertEquals(3, TestData.count(stack, "select coalesce(sum(openings), 0) from invitation_opening where channel = 'LINK' and assembly_id = " + assembly));
        third.client().open("/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?c=sms");
        assertEquals(0, TestData.count(stack, "select count(*) from invitation_opening where channel = 'SMS' and assembly_id = " + assembly));

        Person official = Residents.person(stack, "Elu", "resident", "official");
        Document page = Jsoup.parse(official.client().get("/reports/?refresh=1").body());
        assertEquals(9, page.select("[data-test=funnel] tbody tr").size(), "one row per channel");
        for (Element channel : page.select("[data-test=funnel] tbody tr")) {
            for (int step : new int[] {0, 1, 2, 3, 5, 6, 7}) {
                String count = channel.select("td").get(step).text();
                assertTrue(count.equals("< 5") || step == 0 && count.equals("—") || count.replaceAll("[\\s\u00a0\u202f]", "").matches("0|[5-9]|\\d{2,}"), channel.text());
            }
        }

        assertTrue(Integer.parseInt(page.selectFirst("[data-test=viral-depth]").text()) >= 3, "a chain three generations deep");

        // The same report for this assembly alone: its chain, nothing of the others.
        Document mine = Jsoup.parse(official.client().get("/reports/?refresh=1&assembly=" + assembly).body());
        assertEquals(title, mine.selectFirst("[data-test=report-title]").text());
        assertEquals("3", mine.selectFirst("[data-test=viral-depth]").text(), "exactly this chain's depth");
        assertEquals("< 5", mine.selectFirst("[data-test=viral-memberships]").text(), "four memberships are hidden");
        assertEquals(List.of("0", "1", "2", "3"), mine.select("[data-test=reach-generations] tbody th").eachText());
        List<String> link = row(mine, "funnel", "lien").select("td").eachText();
        assertEquals(List.of("< 5", "< 5", "< 5"), List.of(link.get(0), link.get(1), link.get(3)), "three links created, three openings, three arrivals");
        assertEquals(String.valueOf(assembly), mine.selectFirst("#report-scope option[selected]").attr("value"), "the switch shows the assembly");
        assertTrue(mine.selectFirst("[data-test=council-report] a").attr("href").endsWith("&assembly=" + assembly));
        String generations = official.client().get("/reports/reach.csv?table=generations&assembly=" + assembly).body();
        assertEquals("\"generation\",\"memberships\",\"k_to_next\"\r\n\"0\",\"< 5\",\"\"\r\n\"1\",\"< 5\",\"\"\r\n\"2\",\"< 5\",\"\"\r\n"
                + "\"3\",\"< 5\",\"\"\r\n", generations);
        assertEquals(9, mine.select("[data-test=conversion] tbody tr").size(), "conversion from step to step, channel by channel");
        String funnel = official.client().get("/reports/table.csv?table=funnel&assembly=" + assembly).body();
        assertTrue(funnel.startsWith("\"channel\",\"invitations_created\",\"openings\",\"accounts_created\",\"members_arrived\",\"arrivals_per_opening\","
                + "\"first_contributions\",\"voted\",\"active_after_30_days\"\r\n\"LINK\",\"< 5\",\"< 5\","), funnel);
        assertTrue(funnel.contains("\"SMS\",\"\",\"0\",\"0\",\"0\",\"\",\"0\",\"0\",\"0\"\r\n"), funnel);
        for (String table : List.of("activity", "posters", "proposals", "ballots", "meetings", "viral")) {
            HttpResponse<String> csv = official.client().get("/reports/table.csv?table=" + table + "&assembly=" + assembly);
            assertEquals(200, csv.statusCode(), table);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), table);
        }
        assertEquals(404, official.client().get("/reports/table.csv?table=people").statusCode());
        assertEquals(403, Residents.person(stack, "Fouineuse").client().get("/reports/table.csv?table=funnel").statusCode());
        long draft = TestData.assembly(stack, "Brouillon " + UUID.randomUUID(), "DRAFT", "PUBLIC");
        assertEquals(404, official.client().get("/reports/?assembly=" + draft).statusCode(), "drafts are never reported");
        assertEquals(404, official.client().get("/reports/?assembly=999999999").statusCode());
        assertEquals(404, official.client().get("/reports/reach.csv?table=generations&assembly=" + draft).statusCode());
        assertEquals(403, Residents.person(stack, "Membre", "resident").client().get("/reports/?assembly=" + assembly).statusCode());

        String csv = official.client().get("/reports/open-data.csv").body();
        assertTrue(csv.startsWith("\"generation\",\"neighbourhood\",\"age_band\",\"channel\",\"invitations\"\r\n"), csv);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(official.client().get("/reports/open-data.json").body());
        assertEquals(5, json.get("k").asInt());
        assertTrue(json.get("flows").size() > 0);
        for (com.fasterxml.jackson.databind.JsonNode flow : json.get("flows")) {
            com.fasterxml.jackson.databind.JsonNode count = flow.get("invitations");
            assertTrue(count.isTextual() ? count.asText().equals("< 5") : count.asLong() >= 5, flow.toString());
        }
        assertTrue(csv.contains("\"< 5\""), "the chain's single invitations are hidden");
        for (Person person : List.of(seed, first, second, third)) {
            assertTrue(!csv.contains(person.account().displayName()) && !json.toString().contains(person.account().displayName()), "nobody is named");
        }
        assertEquals(403, Residents.person(stack, "Curieuse").client().get("/reports/open-data.json").statusCode());
        assertTrue(page.selectFirst("[data-test=viral-memberships]").text().replaceAll("[\\s\u00a0\u202f]", "").matches("\\d+|<\\d+"));
        assertTrue(page.selectFirst("[data-test=viral-share]").text().matches(".*(\\d+ ?%|trop peu de personnes pour le publier).*"),
                page.selectFirst("[data-test=viral-share]").text());
        for (Person person : List.of(seed, first, second, third)) {
            assertTrue(page.select("#viral, #reach").text().indexOf(person.account().displayName()) < 0, "nobody is named");
        }
    }

    @Test
    void aReportIsPrecomputedSaysHowFreshItIsAndARefreshComputesItAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, "Fraîcheur " + tag, "OPEN", "PUBLIC");
        long neighbourhood = TestData.count(stack, "select min(id) from neighbourhood");
        members(assembly, neighbourhood, 6, "frais-" + tag);
        Person official = Residents.person(stack, "Elue", "resident", "official");

        Document first = Jsoup.parse(official.client().get("/reports/?refresh=1&assembly=" + assembly).body());
        assertEquals("6", first.selectFirst("[data-test=viral-memberships]").text());
        assertTrue(first.selectFirst("[data-test=freshness]").text().matches("Chiffres calculés le .+ \\(il y a 0 min\\)\\..*"),
                first.selectFirst("[data-test=freshness]").text());
        members(assembly, neighbourhood, 3, "plus-" + tag);

        Document again = Jsoup.parse(official.client().get("/reports/?assembly=" + assembly).body());
        String computed = first.selectFirst("[data-test=freshness]").attr("data-computed-at");
        if (computed.equals(again.selectFirst("[data-test=freshness]").attr("data-computed-at"))) {
            assertEquals("6", again.selectFirst("[data-test=viral-memberships]").text(), "the precomputed report is served as it was computed");
        }
        Document refreshed = Jsoup.parse(official.client().get("/reports/?refresh=1&assembly=" + assembly).body());
        assertEquals("9", refreshed.selectFirst("[data-test=viral-memberships]").text());
        assertTrue(java.time.Instant.parse(refreshed.selectFirst("[data-test=freshness]").attr("data-computed-at")).isAfter(java.time.Instant.parse(computed)));
    }

    @Test
    void postersAreReportedPlaceByPlaceWithSmallCountsHidden() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, "Affiches " + tag, "OPEN", "PUBLIC");
        Person moderator = Residents.person(stack, "Moderatrice", "resident", "moderator");
        for (String place : List.of("Boulangerie " + tag, "Mairie " + tag, "Gare " + tag)) {
            moderator.client().submit(moderator.client().open("/admin/posters/?assembly=" + assembly), "poster", "poster:create",
                    Map.of("poster:name", place));
        }
        TestData.execute(stack, "update poster set scans = case when name like 'Boulangerie%' then 3 when name like 'Mairie%' then 12 else 40 end"
                + " where assembly_id = " + assembly);
        TestData.execute(stack, "insert into meeting (assembly_id, title, starts_at, ends_at, place, capacity, registered) values (" + assembly
                + ", 'Atelier " + tag + "', now() + interval '400 days', now() + interval '400 days 2 hours', 'Salle des fêtes', 30, 2)");

        Document page = Jsoup.parse(Residents.person(stack, "Elu", "resident", "official").client().get("/reports/?refresh=1").body());

        assertEquals("< 5", row(page, "report-posters", "Boulangerie " + tag).select("td").get(1).text(), "3 scans are hidden");
        assertEquals(60, page.select("[data-test=activity] tbody tr").size(), "sixty days, each a row");
        assertTrue(page.select("[data-test=activity] tbody td").eachText().stream().allMatch(t -> t.equals("< 5") || t.replaceAll("[\\s\u00a0\u202f]", "")
                .matches("0|[5-9]|\\d{2,}")), "every daily count is 0, at least 5, or hidden");
        assertEquals("40", row(page, "report-posters", "Gare " + tag).select("td").get(1).text());
        assertEquals("Affiches " + tag, row(page, "report-posters", "Gare " + tag).select("td").get(0).text());
        Element workshop = row(page, "report-meetings", "Atelier " + tag);
        assertEquals(List.of("< 5", "30"), workshop.select("td").eachText().subList(2, 4), "two registrations are hidden, the seats are not");
        assertEquals(6, page.select("[data-test=proposals-by-status] tbody tr").size(), "every status, even at zero");
    }
}
