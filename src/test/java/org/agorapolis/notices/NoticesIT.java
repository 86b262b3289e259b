package org.agorapolis.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.agorapolis.stack.MailCatcher;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Inviters are told when an invitee joins and first contributes: in the app, and by e-mail only if they opted in. */
class NoticesIT {

    private final Stack stack = TestStack.get();

    private Person person(String name) throws Exception {
        return Residents.person(stack, name);
    }

    private String link(Person inviter, long assembly) throws Exception {
        return Residents.personalLink(stack, inviter, assembly, "", "sms");
    }

    private void join(Person invitee, String link) throws Exception {
        Residents.join(invitee, link);
    }

    private HttpResponse<String> optIn(Person person, boolean on) throws Exception {
        return person.client().submit(person.client().open("/account/notices.xhtml"), "email", "email:save",
                on ? Map.of("email:optIn", "on") : Map.of());
    }

    @Test
    void anInviterWhoOptedInReadsTheNewsInTheAppAndByEmail() throws Exception {
        long assembly = TestData.assembly(stack, "Nouvelles " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person inviter = person("Irene");
        assertEquals("C’est noté : vous recevrez aussi ces nouvelles par e-mail.", PageText.messages(optIn(inviter, true)));
        Person invitee = person("Jules");

        join(invitee, link(inviter, assembly));
        MimeMessage joined = stack.mail().await(inviter.account().email(), m -> MailCatcher.subject(m).contains("a rejoint"), Duration.ofSeconds(30));
        invitee.client().submit(invitee.client().open("/assemblies/view.xhtml?id=" + assembly), "comment", "comment:send",
                Map.of("comment:text", "Bonsoir à tous"));
        MimeMessage contributed = stack.mail().await(inviter.account().email(), m -> MailCatcher.subject(m).contains("première fois"),
                Duration.ofSeconds(30));

        assertTrue(MailCatcher.subject(joined).startsWith("Jules Testeur a rejoint « Nouvelles "), MailCatcher.subject(joined));
        assertTrue(MailCatcher.text(joined).contains(stack.appUrl() + "/invitations/mine.xhtml?assembly=" + assembly), "a link at the public address");
        assertTrue(MailCatcher.text(contributed).startsWith("Bonjour Irene Testeur,"), MailCatcher.text(contributed));
        Document news = Jsoup.parse(inviter.client().open("/account/notices.xhtml").body());
        assertEquals(2, news.select("[data-test=notice]").size());
        assertTrue(news.select("[data-test=notice]").get(1).text().contains("Jules Testeur a rejoint « Nouvelles"), news.text());
        assertEquals("2 non lue(s)", news.selectFirst("[data-test=unread-notices]").text());
        inviter.client().submit(inviter.client().open("/account/notices.xhtml"), "read", "read:all", Map.of());
        assertTrue(Jsoup.parse(inviter.client().open("/account/notices.xhtml").body()).select("[data-test=unread-notices]").isEmpty());
        assertEquals(0, TestData.count(stack, "select count(*) from mail_outbox where sent_at is null"
                + " and recipient = '" + inviter.account().email() + "'"), "sent, not left waiting");
    }

    @Test
    void withoutOptingInNoMessageLeavesAndOptingOutStopsThem() throws Exception {
        long assembly = TestData.assembly(stack, "Discret " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person inviter = person("Discrete");
        Person later = person("Tardive");
        optIn(later, true);
        assertEquals("C’est noté : plus d’e-mail, les nouvelles restent ici.", PageText.messages(optIn(later, false)));

        join(person("Premier"), link(inviter, assembly));
        join(person("Second"), link(later, assembly));

        assertEquals(1, TestData.count(stack, "select count(*) from notice n join participant p on p.id = n.participant_id"
                + " where p.subject = '" + inviter.account().subject() + "' and n.kind = 'INVITEE_JOINED'"), "told in the app");
        assertEquals(0, TestData.count(stack, "select count(*) from mail_outbox where recipient in ('" + inviter.account().email()
                + "', '" + later.account().email() + "')"), "never by e-mail without consent");
        assertTrue(stack.mail().to(inviter.account().email()).isEmpty());
    }
}
