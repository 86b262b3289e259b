package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Bans disable the account in Keycloak, through its admin API, and lifting them enables it again. */
class BanIT {

    private final Stack stack = TestStack.get();

    /** An assembly where the author wrote one reported comment; returns the assembly. */
    private long reported(Person author) throws Exception {
        long assembly = TestData.assembly(stack, "Conseil de quartier " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.member(stack, assembly, author.account());
        comment(author, assembly, "Propos injurieux répétés");
        Person witness = Residents.person(stack, "Temoin");
        HttpResponse<String> page = witness.client().open("/assemblies/view.xhtml?id=" + assembly);
        String form = Jsoup.parse(page.body()).selectFirst("[data-test=comment] form[id$=flag]").id();
        witness.client().submit(page, form, form + ":send", Map.of(form + ":reason", "INSULT"));
        return assembly;
    }

    private HttpResponse<String> comment(Person author, long assembly, String text) throws Exception {
        HttpResponse<String> page = author.client().open("/assemblies/view.xhtml?id=" + assembly);
        return author.client().submit(page, "comment", "comment:send", Map.of("comment:text", text));
    }

    private HttpResponse<String> queue(Person moderator, long assembly) throws Exception {
        return moderator.client().submit(moderator.client().open("/admin/moderation/"), "filters", "filters:apply",
                Map.of("filters:assembly", String.valueOf(assembly), "filters:status", ""));
    }

    @Test
    void aBanDisablesTheAccountInKeycloakAndLiftingItEnablesItAgain() throws Exception {
        Person author = Residents.person(stack, "Injurieux");
        long assembly = reported(author);
        Person moderator = Residents.person(stack, "Moderatrice", "resident", "moderator");

        String missingReason = PageText.alert(moderator.client().submit(queue(moderator, assembly), "queue", "queue:cases:0:ban",
                Map.of("queue:cases:0:publicReason", "")));
        assertTrue(stack.keycloakAdmin().isEnabled(author.account().subject()), "a refused ban changes nothing");
        String banned = PageText.messages(moderator.client().submit(queue(moderator, assembly), "queue", "queue:cases:0:ban",
                Map.of("queue:cases:0:publicReason", "INSULT")));

        assertFalse(missingReason.isEmpty());
        assertEquals("L’auteur est banni : son compte est désactivé.", banned);
        assertFalse(stack.keycloakAdmin().isEnabled(author.account().subject()), "disabled in Keycloak");
        assertEquals(0, stack.keycloakAdmin().sessionCount(author.account().subject()), "signed out everywhere");
        assertThrows(IllegalStateException.class, () -> SignedInClient.signIn(stack, author.account().username(), TestData.PASSWORD),
                "a banned account cannot sign in");
        // A page left open before the ban does not let them contribute either.
        String refused = PageText.alert(comment(author, assembly, "Je contourne le bannissement"));
        assertEquals("Votre compte est banni : vous ne pouvez plus contribuer.", refused);
        assertEquals(1, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'moderation.ban' and assembly_id = " + assembly));

        HttpResponse<String> bans = moderator.client().open("/admin/moderation/");
        assertTrue(Jsoup.parse(bans.body()).select("[data-test=banned-name]").eachText().contains(author.account().displayName()));
        int index = Jsoup.parse(bans.body()).select("[data-test=banned-name]").eachText().indexOf(author.account().displayName());
        String lifted = PageText.messages(moderator.client().submit(bans, "ban:" + index + ":lift", "ban:" + index + ":lift:lift", Map.of()));

        assertEquals("Le bannissement est levé : le compte est réactivé.", lifted);
        assertTrue(stack.keycloakAdmin().isEnabled(author.account().subject()), "enabled again in Keycloak");
        Person back = new Person(author.account(), SignedInClient.signIn(stack, author.account().username(), TestData.PASSWORD));
        comment(back, assembly, "Je m’excuse pour mes propos");
        assertEquals(2, TestData.count(stack, "select count(*) from comment where assembly_id = " + assembly), "they contribute again");
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'moderation.unban' and object_id = "
                + "(select id from participant where subject = '" + author.account().subject() + "')"));
    }

    @Test
    void twoModeratorsBanningAtOnceMakeOneBanAndTheOtherIsTold() throws Exception {
        Person author = Residents.person(stack, "Spammeur");
        long assembly = reported(author);
        List<Person> moderators = List.of(Residents.person(stack, "Premiere", "resident", "moderator"),
                Residents.person(stack, "Seconde", "resident", "moderator"));
        List<HttpResponse<String>> queues = List.of(queue(moderators.get(0), assembly), queue(moderators.get(1), assembly));

        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<String> told = Concurrently.run(2, () -> {
            int i = turn.getAndIncrement();
            HttpResponse<String> answer = moderators.get(i).client().submit(queues.get(i), "queue", "queue:cases:0:ban",
                    Map.of("queue:cases:0:publicReason", "SPAM"));
            String done = PageText.messages(answer);
            return done.isEmpty() ? PageText.alert(answer) : done;
        });

        assertEquals(List.of("Cette personne est déjà bannie.", "L’auteur est banni : son compte est désactivé."), told.stream().sorted().toList());
        assertEquals(1, TestData.count(stack, "select count(*) from ban b join participant p on p.id = b.participant_id where p.subject = '"
                + author.account().subject() + "'"));
        assertFalse(stack.keycloakAdmin().isEnabled(author.account().subject()));
    }

    @Test
    void onlyTheTownsModeratorsBan() throws Exception {
        Person author = Residents.person(stack, "Auteur");
        long assembly = reported(author);
        Person appointed = Residents.person(stack, "Gardien");
        TestData.moderatorOf(stack, assembly, appointed.account());

        HttpResponse<String> page = queue(appointed, assembly);
        assertEquals(200, page.statusCode());
        assertTrue(Jsoup.parse(page.body()).select("[data-test=case-excerpt]").text().contains("Propos injurieux"));
        assertNull(Jsoup.parse(page.body()).selectFirst("[id=queue:cases:0:ban]"), "no ban button for a moderator of one assembly");
        assertNull(Jsoup.parse(page.body()).selectFirst("#bans"), "nor the list of bans");
        // Pressing a button the page does not have does nothing.
        appointed.client().submit(page, "queue", "queue:cases:0:ban", Map.of("queue:cases:0:publicReason", "INSULT"));
        assertTrue(stack.keycloakAdmin().isEnabled(author.account().subject()));
        assertEquals(0, TestData.count(stack, "select count(*) from ban b join participant p on p.id = b.participant_id where p.subject = '"
                + author.account().subject() + "'"));
    }
}
