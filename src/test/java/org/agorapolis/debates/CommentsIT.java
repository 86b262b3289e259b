package org.agorapolis.debates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The debate of an assembly through its page, against the real database. */
class CommentsIT {

    private final Stack stack = TestStack.get();

    private SignedInClient member(long assemblyId, String name) throws Exception {
        TestAccount account = TestData.account(stack, name, "resident");
        SignedInClient client = SignedInClient.signIn(stack, account.username(), TestData.PASSWORD);
        TestData.member(stack, assemblyId, account);
        return client;
    }

    private HttpResponse<String> page(SignedInClient client, long assemblyId) throws Exception {
        return client.open("/assemblies/view.xhtml?id=" + assemblyId);
    }

    private HttpResponse<String> post(SignedInClient client, long assemblyId, String text) throws Exception {
        return client.submit(page(client, assemblyId), "comment", "comment:send", Map.of("comment:text", text));
    }


    private long assembly() throws Exception {
        return TestData.assembly(stack, "Débat " + UUID.randomUUID(), "OPEN", "PUBLIC");
    }

    @Test
    void htmlInACommentIsShownAsTextAndAddressesBecomeLinks() throws Exception {
        long assembly = assembly();
        SignedInClient member = member(assembly, "Karim");

        HttpResponse<String> after = post(member, assembly, "<img src=x onerror=alert(1)> voilà, l'été : https://ville.example/plan");

        Element body = Jsoup.parse(after.body()).selectFirst("[data-test=comment-body]");
        assertEquals("<img src=x onerror=alert(1)> voilà, l'été : https://ville.example/plan", body.text());
        assertTrue(body.select("img").isEmpty(), "no element from the comment's text");
        assertEquals("https://ville.example/plan", body.selectFirst("a").attr("href"));
        assertEquals(1, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly
                + " and body like '<img%'"), "stored as typed, encoded on the way out");
    }

    @Test
    void theSixthCommentInAMinuteIsRefusedWithAMessage() throws Exception {
        long assembly = assembly();
        SignedInClient member = member(assembly, "Lina");

        for (int i = 1; i <= 5; i++) {
            assertEquals("", PageText.alert(post(member, assembly, "Commentaire numéro " + i)));
        }
        String refusal = PageText.alert(post(member, assembly, "Un de trop"));

        assertTrue(refusal.contains("Pas plus de 5 commentaires par minute"), refusal);
        assertEquals(5, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly));
    }

    @Test
    void repliesGoTwoLevelsDeepAndADeletedCommentKeepsThemInPlace() throws Exception {
        long assembly = assembly();
        SignedInClient author = member(assembly, "Marie");
        SignedInClient neighbour = member(assembly, "Nils");
        post(author, assembly, "Et si on plantait des pommiers ?");

        Document first = Jsoup.parse(page(neighbour, assembly).body());
        String replyForm = first.selectFirst("[data-test=comment] form[id$=reply]").id();
        neighbour.submit(page(neighbour, assembly), replyForm, replyForm + ":send", Map.of(replyForm + ":text", "Oui, et des poiriers."));
        Document second = Jsoup.parse(page(author, assembly).body());
        String deeper = second.select("[data-test=comment]").get(1).selectFirst("form[id$=reply]").id();
        author.submit(page(author, assembly), deeper, deeper + ":send", Map.of(deeper + ":text", "Va pour les poiriers."));

        Document thread = Jsoup.parse(page(author, assembly).body());
        assertEquals(3, thread.select("[data-test=comment]").size());
        assertTrue(thread.select(".comment--depth-2").first().select("form[id$=reply]").isEmpty(), "no reply deeper than two levels");
        assertEquals(2, TestData.count(stack, "select max(depth) from comment where assembly_id = " + assembly));

        String deleteForm = thread.selectFirst(".comment--depth-0 form[id$=delete]").id();
        author.submit(page(author, assembly), deleteForm, deleteForm + ":remove", Map.of());

        Document after = Jsoup.parse(page(neighbour, assembly).body());
        assertEquals(3, after.select("[data-test=comment]").size(), "replies stay in place");
        assertEquals("Commentaire supprimé par son auteur·rice.", after.selectFirst(".comment--depth-0 [data-test=tombstone]").text());
        assertFalse(after.text().contains("pommiers"), "the deleted text is gone");
        assertEquals(1, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly + " and deleted_at is not null and body = ''"));
    }

    @Test
    void aLongDebateShowsTheNewestConversationsFirstTwentyAPage() throws Exception {
        long assembly = assembly();
        SignedInClient member = member(assembly, "Rita");
        post(member, assembly, "La toute première remarque");
        TestData.execute(stack, "insert into comment (assembly_id, author_id, body, created_at) select " + assembly
                + ", author_id, 'Remarque ' || n, now() + n * interval '1 second' from comment, generate_series(1, 20) n"
                + " where assembly_id = " + assembly);

        Document first = Jsoup.parse(page(member, assembly).body());
        Document second = Jsoup.parse(member.open("/assemblies/view.xhtml?id=" + assembly + "&debate=2").body());

        assertEquals(20, first.select("[data-test=comment]").size());
        assertEquals("Remarque 20", first.selectFirst("[data-test=comment-body]").text());
        assertEquals(1, second.select("[data-test=comment]").size());
        assertEquals("La toute première remarque", second.selectFirst("[data-test=comment-body]").text());
    }

    @Test
    void anAuthorEditsTheirCommentWhichIsThenShownAsEdited() throws Exception {
        long assembly = assembly();
        SignedInClient author = member(assembly, "Olga");
        post(author, assembly, "Premier jet");
        String editForm = Jsoup.parse(page(author, assembly).body()).selectFirst("form[id$=edit]").id();

        author.submit(page(author, assembly), editForm, editForm + ":save", Map.of(editForm + ":text", "Version revue"));

        Document after = Jsoup.parse(page(author, assembly).body());
        assertEquals("Version revue", after.selectFirst("[data-test=comment-body]").text());
        assertEquals(1, after.select("[data-test=edited]").size());
    }

    @Test
    void aNonMemberGetsNoFormAndAnEmptyCommentIsRefused() throws Exception {
        long assembly = assembly();
        TestAccount outsider = TestData.account(stack, "Pablo", "resident");
        SignedInClient client = SignedInClient.signIn(stack, outsider.username(), TestData.PASSWORD);
        assertTrue(Jsoup.parse(page(client, assembly).body()).select("form[id=comment]").isEmpty());

        SignedInClient member = member(assembly, "Quentin");
        String refusal = PageText.alert(post(member, assembly, "   "));

        assertTrue(refusal.contains("Le commentaire est vide"), refusal);
        assertEquals(0, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly));
    }

    @Test
    void anyCommentOfSeveralCanBeRepliedToAndEditedNotOnlyTheLastOne() throws Exception {
        long assembly = assembly();
        SignedInClient author = member(assembly, "Ines");
        for (String text : new String[] {"Premier avis sur le marché", "Deuxième avis", "Troisième avis"}) {
            post(author, assembly, text);
        }
        SignedInClient neighbour = member(assembly, "Omar");
        org.jsoup.nodes.Element first = Jsoup.parse(page(neighbour, assembly).body()).select("[data-test=comment]").stream()
                .filter(c -> c.text().contains("Premier avis")).findFirst().orElseThrow();
        String replyForm = first.selectFirst("form[id$=reply]").id();
        String replied = PageText.messages(neighbour.submit(page(neighbour, assembly), replyForm, replyForm + ":send",
                Map.of(replyForm + ":text", "Je réponds au premier")));
        org.jsoup.nodes.Element mine = Jsoup.parse(page(author, assembly).body()).select("[data-test=comment]").stream()
                .filter(c -> c.text().contains("Premier avis")).findFirst().orElseThrow();
        String editForm = mine.selectFirst("form[id$=edit]").id();
        String edited = PageText.messages(author.submit(page(author, assembly), editForm, editForm + ":save",
                Map.of(editForm + ":text", "Premier avis, précisé")));

        assertEquals("Votre commentaire est publié.", replied);
        assertEquals(1, TestData.count(stack, "select count(*) from comment r join comment p on p.id = r.parent_id where r.body = 'Je réponds au premier'"
                + " and p.assembly_id = " + assembly + " and p.body like 'Premier avis%'"));
        assertFalse(edited.isEmpty());
        assertEquals(1, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly + " and body = 'Premier avis, précisé'"));
    }
}
