package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Flags, hiding pending review, the review queue's decisions, authors told, and the append-only audit trail. */
class ModerationIT {

    private final Stack stack = TestStack.get();

    /** A public assembly where the author wrote one comment; returns {assembly, comment}. */
    private long[] commented(Person author, String text) throws Exception {
        long assembly = TestData.assembly(stack, "Débat houleux " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.member(stack, assembly, author.account());
        HttpResponse<String> page = author.client().open("/assemblies/view.xhtml?id=" + assembly);
        author.client().submit(page, "comment", "comment:send", Map.of("comment:text", text));
        return new long[] {assembly, TestData.count(stack, "select max(id) from comment where assembly_id = " + assembly)};
    }

    private HttpResponse<String> flag(Person flagger, long assembly, String reason, String details) throws Exception {
        HttpResponse<String> page = flagger.client().open("/assemblies/view.xhtml?id=" + assembly);
        String form = Jsoup.parse(page.body()).selectFirst("[data-test=comment] form[id$=flag]").id();
        return flagger.client().submit(page, form, form + ":send", Map.of(form + ":reason", reason, form + ":details", details));
    }

    /** The review queue filtered on one assembly, every status. */
    private HttpResponse<String> queue(Person moderator, long assembly) throws Exception {
        HttpResponse<String> page = moderator.client().open("/admin/moderation/");
        return moderator.client().submit(page, "filters", "filters:apply", Map.of("filters:assembly", String.valueOf(assembly), "filters:status", ""));
    }

    @Test
    void aThirdFlagHidesTheCommentUntilAModeratorHidesItForGoodAndTheAuthorIsTold() throws Exception {
        Person author = Residents.person(stack, "Agressif");
        long[] ids = commented(author, "Vous êtes tous des incapables !");
        long assembly = ids[0];

        String first = PageText.messages(flag(Residents.person(stack, "Une"), assembly, "INSULT", ""));
        Person second = Residents.person(stack, "Deux");
        flag(second, assembly, "INSULT", "");
        String twice = PageText.alert(flag(second, assembly, "SPAM", ""));
        String unexplained = PageText.alert(flag(Residents.person(stack, "Vague"), assembly, "OTHER", " "));
        HttpResponse<String> third = flag(Residents.person(stack, "Trois"), assembly, "OFF_TOPIC", "");

        assertEquals("Merci : votre signalement est transmis à la modération.", first);
        assertTrue(twice.contains("déjà signalé"), twice);
        assertTrue(unexplained.contains("expliquez"), unexplained);
        Document hidden = Jsoup.parse(third.body());
        assertEquals("Ce contenu est masqué en attendant l’avis de la modération.", hidden.selectFirst("[data-test=hidden-notice]").text());
        assertTrue(hidden.select("[data-test=comment-body]").isEmpty(), "the text is no longer shown");
        assertEquals(3, TestData.count(stack, "select flags from moderation_case where item_kind = 'COMMENT' and item_id = " + ids[1]));

        Person moderator = Residents.person(stack, "Moderatrice", "resident", "moderator");
        HttpResponse<String> listed = queue(moderator, assembly);
        Document queue = Jsoup.parse(listed.body());
        assertEquals("Vous êtes tous des incapables !", queue.selectFirst("[data-test=case-excerpt]").text());
        assertEquals("3", queue.selectFirst("[data-test=case-flags]").text());
        HttpResponse<String> decided = moderator.client().submit(listed, "queue", "queue:cases:0:hide", Map.of("queue:cases:0:publicReason", "INSULT"));

        assertEquals("Le contenu est masqué ; son auteur en est informé.", PageText.messages(decided));
        Document seen = Jsoup.parse(Residents.person(stack, "Passant").client().open("/assemblies/view.xhtml?id=" + assembly).body());
        assertEquals("Masqué par la modération : insulte ou harcèlement", seen.selectFirst("[data-test=hidden-notice]").text());
        Document authorView = Jsoup.parse(author.client().open("/assemblies/view.xhtml?id=" + assembly).body());
        assertTrue(authorView.select("[data-test=comment] form[id$=edit]").isEmpty(), "a hidden comment can no longer be edited");
        Document news = Jsoup.parse(author.client().open("/account/notices.xhtml").body());
        assertTrue(news.selectFirst("[data-test=notice]").text().contains("a été masquée par la modération : insulte ou harcèlement"), news.text());
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'moderation.hide' and object_kind = 'COMMENT'"
                + " and object_id = " + ids[1] + " and before ->> 'hidden' = 'PENDING' and after ->> 'hidden' = 'INSULT'"));
    }

    @Test
    void twoModeratorsActingOnTheSameReportAtOnceOneWinsTheOtherIsTold() throws Exception {
        Person author = Residents.person(stack, "Auteur");
        long[] ids = commented(author, "Un commentaire discuté");
        flag(Residents.person(stack, "Signaleur"), ids[0], "SPAM", "");
        Person first = Residents.person(stack, "Modo", "resident", "moderator");
        Person second = Residents.person(stack, "Moda", "resident", "moderator");
        HttpResponse<String> firstQueue = queue(first, ids[0]);
        HttpResponse<String> secondQueue = queue(second, ids[0]);

        List<String> answers = Concurrently.run(2, new java.util.concurrent.Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public String call() throws Exception {
                return turn.getAndIncrement() == 0
                        ? PageText.messages(first.client().submit(firstQueue, "queue", "queue:cases:0:hide", Map.of("queue:cases:0:publicReason", "SPAM")))
                        : PageText.messages(second.client().submit(secondQueue, "queue", "queue:cases:0:dismiss", Map.of()));
            }
        });

        assertEquals(1, answers.stream().filter(a -> a.contains("Un autre modérateur vient d’agir")).count(), answers.toString());
        assertEquals(1, TestData.count(stack, "select version from moderation_case where item_id = " + ids[1]));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where object_kind = 'COMMENT' and object_id = " + ids[1]));
    }

    @Test
    void tenResidentsFlaggingAtOnceAreTenFlagsAndTheAuditTrailCannotBeRewritten() throws Exception {
        long[] ids = commented(Residents.person(stack, "Populaire"), "Un avis tranché");
        TestData.execute(stack, "update assembly set flag_threshold = 50 where id = " + ids[0]);
        List<Person> flaggers = Concurrently.run(10, () -> Residents.person(stack, "Foule"));
        List<HttpResponse<String>> pages = new java.util.ArrayList<>();
        for (Person p : flaggers) {
            pages.add(p.client().open("/assemblies/view.xhtml?id=" + ids[0]));
        }
        java.util.Iterator<Integer> next = java.util.stream.IntStream.range(0, 10).iterator();

        Concurrently.run(10, () -> {
            int i;
            synchronized (next) {
                i = next.next();
            }
            String form = Jsoup.parse(pages.get(i).body()).selectFirst("[data-test=comment] form[id$=flag]").id();
            return flaggers.get(i).client().submit(pages.get(i), form, form + ":send", Map.of(form + ":reason", "SPAM")).statusCode();
        });

        assertEquals(10, TestData.count(stack, "select flags from moderation_case where item_id = " + ids[1] + " and item_kind = 'COMMENT'"));
        assertEquals(10, TestData.count(stack, "select count(*) from flag f join moderation_case c on c.id = f.case_id where c.item_id = " + ids[1]));
        TestData.execute(stack, "insert into audit_entry (action, object_kind) values ('test.entry', 'TEST')");
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            SQLException changed = assertThrows(SQLException.class, () -> s.executeUpdate("update audit_entry set action = 'rewritten'"));
            SQLException deleted = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_entry"));
            assertTrue(changed.getMessage().contains("append-only"), changed.getMessage());
            assertTrue(deleted.getMessage().contains("append-only"), deleted.getMessage());
        }
    }

    @Test
    void aSuspendedAuthorReadsButCannotContributeAndBadPeriodsAreRefused() throws Exception {
        Person author = Residents.person(stack, "Recidiviste");
        long[] ids = commented(author, "Encore un message agressif");
        flag(Residents.person(stack, "Temoin"), ids[0], "INSULT", "");
        Person moderator = Residents.person(stack, "Moderateur", "resident", "moderator");

        String tooLong = PageText.alert(moderator.client().submit(queue(moderator, ids[0]), "queue", "queue:cases:0:suspend",
                Map.of("queue:cases:0:publicReason", "INSULT", "queue:cases:0:days", "400")));
        String none = PageText.alert(moderator.client().submit(queue(moderator, ids[0]), "queue", "queue:cases:0:suspend",
                Map.of("queue:cases:0:publicReason", "INSULT", "queue:cases:0:days", "0")));
        String done = PageText.messages(moderator.client().submit(queue(moderator, ids[0]), "queue", "queue:cases:0:suspend",
                Map.of("queue:cases:0:publicReason", "INSULT", "queue:cases:0:days", "7")));
        HttpResponse<String> page = author.client().open("/assemblies/view.xhtml?id=" + ids[0]);
        String refused = PageText.alert(author.client().submit(page, "comment", "comment:send", Map.of("comment:text", "Je reviens quand même")));

        assertTrue(tooLong.contains("de 1 à 365 jours"), tooLong);
        assertTrue(none.contains("de 1 à 365 jours"), none);
        assertEquals("L’auteur est suspendu ; il en est informé.", done);
        assertTrue(refused.contains("suspendu jusqu’au"), refused);
        assertEquals(200, page.statusCode(), "reading still works");
        assertEquals(1, TestData.count(stack, "select count(*) from comment where assembly_id = " + ids[0]));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'moderation.suspend' and after ->> 'days' = '7'"
                + " and object_id = (select author_id from comment where id = " + ids[1] + ")"));
        assertTrue(Jsoup.parse(author.client().open("/account/notices.xhtml").body()).text().contains("suspendu votre participation"));
    }

    @Test
    void adminsReadAndExportTheAuditTrailModeratorsDoNot() throws Exception {
        Person author = Residents.person(stack, "Audite");
        long[] ids = commented(author, "Un commentaire à masquer");
        flag(Residents.person(stack, "Vigie"), ids[0], "SPAM", "");
        Person moderator = Residents.person(stack, "Mod", "resident", "moderator");
        moderator.client().submit(queue(moderator, ids[0]), "queue", "queue:cases:0:hide", Map.of("queue:cases:0:publicReason", "SPAM"));
        Person admin = Residents.person(stack, "Admin", "resident", "admin");

        Document trail = Jsoup.parse(admin.client().open("/admin/audit/?action=moderation.hide").body());
        HttpResponse<String> csv = admin.client().get("/admin/audit/audit.csv?action=moderation.hide");

        assertTrue(trail.select("[data-test=audit-action]").eachText().stream().allMatch("moderation.hide"::equals));
        assertTrue(trail.select("[data-test=audit-entry]").text().contains("Mod Testeur"), trail.select("[data-test=audit]").text());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,at,actor,action,object_kind,object_id,assembly_id,before,after\r\n"));
        assertTrue(csv.body().contains("\"COMMENT\"," + ids[1] + ","), csv.body().lines().limit(3).toList().toString());
        assertEquals(403, moderator.client().get("/admin/audit/").statusCode());
        assertEquals(403, moderator.client().get("/admin/audit/audit.csv").statusCode());
    }

    @Test
    void aReportedProposalIsHiddenInItsPageAndInTheListOnceTheThresholdIsReached() throws Exception {
        Person author = Residents.person(stack, "Proposeur");
        long assembly = TestData.assembly(stack, "Propositions signalées " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.execute(stack, "update assembly set flag_threshold = 1 where id = " + assembly);
        TestData.member(stack, assembly, author.account());
        TestData.execute(stack, "insert into proposal (assembly_id, author_id, title, body) select " + assembly
                + ", id, 'Achetez mes montres', 'Des montres à prix cassés, écrivez-moi !' from participant where subject = '"
                + author.account().subject() + "'");
        long proposal = TestData.count(stack, "select max(id) from proposal where assembly_id = " + assembly);
        Person reader = Residents.person(stack, "Lectrice");

        HttpResponse<String> page = reader.client().open("/proposals/view.xhtml?id=" + proposal);
        String done = PageText.messages(reader.client().submit(page, "flag", "flag:send", Map.of("flag:reason", "SPAM")));
        Document after = Jsoup.parse(reader.client().open("/proposals/view.xhtml?id=" + proposal).body());
        Document list = Jsoup.parse(reader.client().open("/assemblies/view.xhtml?id=" + assembly).body());

        assertEquals("Merci : votre signalement est transmis à la modération.", done);
        assertEquals("Ce contenu est masqué en attendant l’avis de la modération.", after.selectFirst("[data-test=hidden-notice]").text());
        assertTrue(after.select("[data-test=proposal-body]").isEmpty());
        assertEquals("Proposition masquée par la modération", list.selectFirst("[data-test=proposal-title]").text());
        assertTrue(Jsoup.parse(author.client().open("/proposals/view.xhtml?id=" + proposal).body()).select("form[id=flag]").isEmpty(),
                "no report form on one's own proposal");
    }

    @Test
    void residentsAndOfficialsCannotReachTheQueue() throws Exception {
        assertEquals(403, Residents.person(stack, "Curieux").client().get("/admin/moderation/").statusCode());
        assertEquals(403, Residents.person(stack, "Elue", "resident", "official").client().get("/admin/moderation/").statusCode());
    }
}
