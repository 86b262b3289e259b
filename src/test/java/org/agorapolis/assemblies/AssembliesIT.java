package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.Http;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Finding, joining and following assemblies through the deployed pages. */
class AssembliesIT {

    private final Stack stack = TestStack.get();

    @Test
    void theListFiltersByPhaseAndWordsAndPagesThroughTheResults() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 14; i++) {
            TestData.assembly(stack, "Quartier " + marker + " n°" + i, i % 2 == 0 ? "OPEN" : "CLOSED", "PUBLIC");
        }

        Document open = Jsoup.parse(Http.get(stack.appUrl() + "/?q=" + marker + "&phase=OPEN").body());
        Document first = Jsoup.parse(Http.get(stack.appUrl() + "/?q=" + marker).body());
        Document second = Jsoup.parse(Http.get(stack.appUrl() + "/?q=" + marker + "&page=2").body());
        Document odd = Jsoup.parse(Http.get(stack.appUrl() + "/?q=" + marker + "&page=-3&phase=NOPE&neighbourhood=x").body());

        assertEquals(7, open.select("[data-test=assembly]").size());
        assertEquals("7 assemblées", open.selectFirst("[data-test=assembly-count]").text());
        assertEquals(12, first.select("[data-test=assembly]").size(), "twelve a page");
        assertEquals(2, second.select("[data-test=assembly]").size());
        assertEquals("Page 2 sur 2", second.selectFirst(".pager [aria-current=page]").text());
        assertEquals(12, odd.select("[data-test=assembly]").size(), "malformed filters are ignored, not an error");
    }

    @Test
    void theTopicsOfHiddenAssembliesAreNotListedAndHugePageNumbersAreJustEmpty() throws Exception {
        String secret = "Sujet-" + UUID.randomUUID().toString().substring(0, 8);
        long draft = TestData.assembly(stack, "Brouillon " + secret, "DRAFT", "PUBLIC");
        TestData.execute(stack, "update assembly set topic = '" + secret + "' where id = " + draft);

        Document home = Jsoup.parse(Http.get(stack.appUrl() + "/").body());
        HttpResponse<String> far = Http.get(stack.appUrl() + "/?page=178956972");

        assertTrue(home.select("select#topic option").eachText().stream().noneMatch(secret::equals), "no hidden topic");
        assertEquals(200, far.statusCode());
        assertTrue(Jsoup.parse(far.body()).select("[data-test=assembly]").isEmpty());
    }

    @Test
    void switchingLanguageStaysOnTheSamePage() throws Exception {
        long assembly = TestData.assembly(stack, "Langues " + UUID.randomUUID(), "OPEN", "PUBLIC");

        HttpResponse<String> switched = Http.get(stack.appUrl() + "/assemblies/view.xhtml?id=" + assembly + "&lang=en");

        assertEquals(302, switched.statusCode());
        assertEquals("/assemblies/view.xhtml?id=" + assembly, switched.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() throws Exception {
        Document page = Jsoup.parse(Http.get(stack.appUrl() + "/?q=%25%25_").body());

        assertEquals("Aucune assemblée ne correspond à ces critères.", page.selectFirst(".empty").text());
    }

    @Test
    void joinsRacingForOneResidentMakeOneMembership() throws Exception {
        long assembly = TestData.assembly(stack, "Course " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestAccount resident = TestData.account(stack, "Rosa", "resident");
        SignedInClient client = SignedInClient.signIn(stack, resident.username(), TestData.PASSWORD);
        HttpResponse<String> page = client.open("/assemblies/view.xhtml?id=" + assembly);

        List<Integer> statuses = Concurrently.run(20, () -> client.submit(page, "membership", "membership:join", Map.of()).statusCode());

        assertEquals(List.of(200), statuses.stream().distinct().toList());
        assertEquals(1, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly));
        Document after = Jsoup.parse(client.open("/assemblies/view.xhtml?id=" + assembly).body());
        assertEquals("Un membre", after.selectFirst("[data-test=members]").text());
    }

    @Test
    void aResidentFollowsAndUnfollowsAnAssembly() throws Exception {
        long assembly = TestData.assembly(stack, "Suivie " + UUID.randomUUID(), "CLOSED", "PUBLIC");
        TestAccount resident = TestData.account(stack, "Sacha", "resident");
        SignedInClient client = SignedInClient.signIn(stack, resident.username(), TestData.PASSWORD);

        client.submit(client.open("/assemblies/view.xhtml?id=" + assembly), "membership", "membership:follow", Map.of());
        assertEquals(1, TestData.count(stack, "select count(*) from assembly_follow where assembly_id = " + assembly));
        client.submit(client.open("/assemblies/view.xhtml?id=" + assembly), "membership", "membership:follow", Map.of());
        assertEquals(0, TestData.count(stack, "select count(*) from assembly_follow where assembly_id = " + assembly));
    }

    @Test
    void aClosedAssemblyTakesNoNewMembersAndADraftIsNotFound() throws Exception {
        long closed = TestData.assembly(stack, "Close " + UUID.randomUUID(), "CLOSED", "PUBLIC");
        long draft = TestData.assembly(stack, "Brouillon " + UUID.randomUUID(), "DRAFT", "PUBLIC");
        TestAccount resident = TestData.account(stack, "Tom", "resident");
        SignedInClient client = SignedInClient.signIn(stack, resident.username(), TestData.PASSWORD);

        Document page = Jsoup.parse(client.open("/assemblies/view.xhtml?id=" + closed).body());

        assertTrue(page.select("[id='membership:join']").isEmpty(), "no join button");
        assertEquals(404, client.get("/assemblies/view.xhtml?id=" + draft).statusCode());
        assertEquals(404, Http.get(stack.appUrl() + "/assemblies/view.xhtml?id=" + draft).statusCode());
    }
}
