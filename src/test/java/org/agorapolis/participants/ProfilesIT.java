package org.agorapolis.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Http;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Public profiles: a few words about oneself, reported and hidden like a contribution, reviewed by the town's moderators. */
class ProfilesIT {

    private final Stack stack = TestStack.get();

    private long id(Person person) throws Exception {
        return TestData.count(stack, "select id from participant where subject = '" + person.account().subject() + "'");
    }

    private HttpResponse<String> writeAbout(Person person, String text) throws Exception {
        return person.client().submit(person.client().open("/account/"), "about", "about:save", Map.of("about:text", text));
    }

    private HttpResponse<String> flag(Person flagger, long profile, String reason) throws Exception {
        HttpResponse<String> page = flagger.client().open("/participants/view.xhtml?id=" + profile);
        return flagger.client().submit(page, "flag", "flag:send", Map.of("flag:reason", reason));
    }

    @Test
    void aResidentWritesAFewWordsShownEncodedToEveryoneAndTooManyAreRefused() throws Exception {
        Person resident = Residents.person(stack, "Apicultrice");
        long me = id(resident);

        String saved = PageText.messages(writeAbout(resident, "  J’élève des abeilles <b>rue Haute</b>\u0007 depuis 2010.  "));
        String tooLong = PageText.alert(writeAbout(resident, "x".repeat(501)));

        assertEquals("Votre profil est enregistré.", saved);
        assertEquals("Quelques mots seulement : 500 caractères au plus.", tooLong);
        Document shown = Jsoup.parse(Http.get(stack.appUrl() + "/participants/view.xhtml?id=" + me).body());
        assertEquals("J’élève des abeilles <b>rue Haute</b> depuis 2010.", shown.selectFirst("[data-test=profile-about]").text(),
                "cleaned on the way in, kept as text, refused length changed nothing");
        assertNull(shown.selectFirst("[data-test=profile-about] b"), "encoded on the way out");
        assertEquals(resident.account().displayName(), shown.selectFirst("[data-test=profile-name]").text());
        assertNull(Jsoup.parse(resident.client().open("/participants/view.xhtml?id=" + me).body()).selectFirst("form[id=flag]"),
                "nobody reports their own profile");
        assertEquals(404, Http.get(stack.appUrl() + "/participants/view.xhtml?id=999999999").statusCode());
        assertEquals(404, Http.get(stack.appUrl() + "/participants/view.xhtml?id=abc").statusCode());
    }

    @Test
    void threeReportsHideAProfileEverywhereUntilATownModeratorRestoresIt() throws Exception {
        long assembly = TestData.assembly(stack, "Fête du village " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person troll = Residents.person(stack, "Pseudo");
        TestData.member(stack, assembly, troll.account());
        writeAbout(troll, "Un texte injurieux envers mes voisins");
        HttpResponse<String> page = troll.client().open("/assemblies/view.xhtml?id=" + assembly);
        troll.client().submit(page, "comment", "comment:send", Map.of("comment:text", "Bonjour à tous"));
        long profile = id(troll);
        String link = Jsoup.parse(Http.get(stack.appUrl() + "/assemblies/view.xhtml?id=" + assembly).body())
                .selectFirst("[data-test=comment-author] a").attr("href");
        assertTrue(link.endsWith("/participants/view.xhtml?id=" + profile), link);

        Person first = Residents.person(stack, "Voisin");
        String thanks = PageText.messages(flag(first, profile, "INSULT"));
        String twice = PageText.alert(flag(first, profile, "INSULT"));
        String unexplained = PageText.alert(flag(Residents.person(stack, "Muet"), profile, "OTHER"));
        flag(Residents.person(stack, "Voisine"), profile, "INSULT");
        flag(Residents.person(stack, "Passant"), profile, "SPAM");

        assertEquals("Merci : votre signalement est transmis à la modération.", thanks);
        assertEquals("Vous avez déjà signalé ce contenu.", twice);
        assertFalse(unexplained.isEmpty());
        assertEquals(3, TestData.count(stack, "select flags from moderation_case where item_kind = 'PARTICIPANT' and item_id = " + profile));
        Document hidden = Jsoup.parse(Http.get(stack.appUrl() + "/participants/view.xhtml?id=" + profile).body());
        assertEquals("Profil masqué par la modération", hidden.selectFirst("[data-test=profile-name]").text());
        assertNull(hidden.selectFirst("[data-test=profile-about]"));
        assertTrue(hidden.selectFirst("[data-test=hidden-notice]") != null);
        assertEquals("Profil masqué par la modération", Jsoup.parse(Http.get(stack.appUrl() + "/assemblies/view.xhtml?id=" + assembly).body())
                .selectFirst("[data-test=comment-author]").text(), "the name is hidden beside their contributions too");
        Document account = Jsoup.parse(troll.client().open("/account/").body());
        assertTrue(account.selectFirst("[data-test=profile-hidden]") != null, "the author is told why they cannot edit");
        assertNull(account.selectFirst("form[id=about]"), "a hidden profile cannot be rewritten");

        // A moderator of one assembly does not see reports on profiles; the town's moderators do, and decide.
        Person appointed = Residents.person(stack, "Gardien");
        TestData.moderatorOf(stack, assembly, appointed.account());
        assertFalse(Jsoup.parse(appointed.client().open("/admin/moderation/").body()).select("#queue").text().contains("Un texte injurieux"));
        Person moderator = Residents.person(stack, "Moderatrice", "resident", "moderator");
        HttpResponse<String> queue = moderator.client().submit(moderator.client().open("/admin/moderation/"), "filters", "filters:apply",
                Map.of("filters:reason", "SPAM", "filters:status", ""));
        int row = Jsoup.parse(queue.body()).select("[data-test=case-excerpt]").eachText().indexOf(
                Jsoup.parse(queue.body()).select("[data-test=case-excerpt]").eachText().stream().filter(t -> t.contains("Un texte injurieux"))
                        .findFirst().orElseThrow());
        String restored = PageText.messages(moderator.client().submit(queue, "queue", "queue:cases:" + row + ":restore", Map.of()));

        assertFalse(restored.isEmpty());
        assertEquals(troll.account().displayName(), Jsoup.parse(Http.get(stack.appUrl() + "/participants/view.xhtml?id=" + profile).body())
                .selectFirst("[data-test=profile-name]").text());
        String notices = Jsoup.parse(troll.client().open("/account/notices.xhtml").body()).text();
        assertTrue(notices.contains("La modération a rétabli votre profil public."), notices);
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'moderation.restore' and object_kind = 'PARTICIPANT'"
                + " and object_id = " + profile));
    }
}
