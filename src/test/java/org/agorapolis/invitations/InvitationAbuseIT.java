package org.agorapolis.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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

/** Rate limits, flags and burst alerts on invitations, and the pseudonymised tree moderators see. */
class InvitationAbuseIT {

    private final Stack stack = TestStack.get();

    private Person person(String name, String... roles) throws Exception {
        return Residents.person(stack, name, roles);
    }

    private String link(Person inviter, long assembly) throws Exception {
        return Residents.personalLink(stack, inviter, assembly, "", "link");
    }

    private HttpResponse<String> join(Person invitee, String link) throws Exception {
        return Residents.join(invitee, link);
    }

    private void quota(long assembly, int remaining) throws Exception {
        TestData.execute(stack, "update assembly set quota_cap = 10000 where id = " + assembly);
        TestData.execute(stack, "update invitation_quota set remaining = " + remaining + " where assembly_id = " + assembly);
    }

    @Test
    void thirtyOneParallelRedemptionsFromOneConnectionMakeThirtyMembersAndOneClearRefusal() throws Exception {
        long assembly = TestData.assembly(stack, "Connexion " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person inviter = person("Hugo");
        String link = link(inviter, assembly);
        quota(assembly, 100);
        String shared = "192.0.2." + (1 + (int) (Math.random() * 250));
        List<Person> people = Concurrently.run(31, () -> {
            Person p = person("Voisin");
            p.client().from(shared);
            return p;
        });
        List<HttpResponse<String>> welcomes = new ArrayList<>();
        for (Person p : people) {
            welcomes.add(p.client().open(link));
        }
        Iterator<Integer> next = IntStream.range(0, 31).iterator();

        List<String> answers = Concurrently.run(31, () -> {
            int i;
            synchronized (next) {
                i = next.next();
            }
            return PageText.messages(people.get(i).client().submit(welcomes.get(i), "welcome", "welcome:join", Map.of()));
        });

        assertEquals(31, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly), "the inviter and thirty");
        assertEquals(1, answers.stream().filter(a -> a.contains("depuis cette connexion")).count(), answers.toString());
        assertEquals(70, TestData.count(stack, "select remaining from invitation_quota where assembly_id = " + assembly + " and used = 30"),
                "the refused redemption gave its unit back");
    }

    @Test
    void aPersonAcceptsAtMostTenInvitationsAnHour() throws Exception {
        Person inviter = person("Lea");
        Person joiner = person("Collectionneur");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long assembly = TestData.assembly(stack, "Collection " + i + " " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
            answers.add(PageText.alert(join(joiner, link(inviter, assembly))));
        }

        assertTrue(answers.subList(0, 10).stream().allMatch(String::isEmpty), answers.toString());
        assertTrue(answers.get(10).contains("10 invitations dans l’heure"), answers.get(10));
        assertEquals(10, TestData.count(stack, "select count(*) from membership m join participant p on p.id = m.participant_id"
                + " where p.subject = '" + joiner.account().subject() + "'"));
    }

    @Test
    void couponsAreLimitedPerDayAndWrongCodesPerConnection() throws Exception {
        long assembly = TestData.assembly(stack, "Imprimeur " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person printer = person("Imprimeur");
        TestData.member(stack, assembly, printer.account());
        printer.client().open("/invitations/mine.xhtml?assembly=" + assembly);
        quota(assembly, 100);
        String last = "";
        for (int i = 0; i < 6; i++) {
            last = PageText.alert(printer.client().submit(printer.client().open("/invitations/mine.xhtml?assembly=" + assembly),
                    "print", "print:submit", Map.of("print:count", "10")));
        }
        assertTrue(last.contains("50 coupons aujourd’hui"), last);
        assertEquals(50, TestData.count(stack, "select count(*) from invitation_coupon where assembly_id = " + assembly));
        String validCode = Jsoup.parse(printer.client().open("/invitations/mine.xhtml?assembly=" + assembly).body())
                .selectFirst("[data-test=coupon-code]").text();

        String shared = "192.0.2." + (1 + (int) (Math.random() * 250));
        for (int session = 0; session < 3; session++) {
            Person guesser = person("Devin");
            guesser.client().from(shared);
            for (int i = 0; i < 10; i++) {
                typeCode(guesser, "ZZZZZ-ZZZ" + session + i);
            }
        }
        Person next = person("Suivant");
        next.client().from(shared);
        String refused = PageText.alert(typeCode(next, validCode));
        Person elsewhere = person("Ailleurs");
        HttpResponse<String> opened = typeCode(elsewhere, validCode);

        assertTrue(refused.contains("Trop d’essais"), "a new visit from the same connection does not start afresh: " + refused);
        assertTrue(opened.body().contains("data-test=\"invitation-welcome\""), "another connection is not held back");
    }

    private HttpResponse<String> typeCode(Person person, String code) throws Exception {
        return Residents.typeCode(person, code);
    }

    @Test
    void aLinkRedeemedFastAndFromTheInvitersConnectionIsShownToModeratorsUnderPseudonyms() throws Exception {
        long assembly = TestData.assembly(stack, "Rafale " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person inviter = person("Rapide");
        inviter.client().from("192.0.2.250");
        String link = link(inviter, assembly);
        Person housemate = person("Colocataire");
        housemate.client().from("192.0.2.250");
        join(housemate, link);
        for (int i = 0; i < 4; i++) {
            join(person("Vite"), link);
        }
        Person moderator = person("Moderatrice", "resident", "moderator");

        Document network = Jsoup.parse(moderator.client().open("/admin/invitations/?assembly=" + assembly).body());

        assertEquals(1, network.select("[data-test=alert]").size(), network.select("main").text());
        assertTrue(network.selectFirst("[data-test=alert]").text().contains("utilisé 5 fois en 10 minutes"), network.selectFirst("[data-test=alert]").text());
        assertEquals(1, network.select("[data-test=same-address]").size(), "flagged, not blocked");
        assertEquals(6, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly));
        assertFalse(network.select("main").text().contains("Testeur"), "no names, only pseudonyms");
        String root = network.select("[data-test=node-link]").last().text();
        assertTrue(root.matches("M-[0-9A-F]{8}"), root);
        Document subtree = Jsoup.parse(moderator.client().open("/admin/invitations/?assembly=" + assembly + "&node=" + root).body());
        assertEquals(5, subtree.select("[data-test=subtree] ul:last-of-type [data-test=node]").size(), subtree.select("main").text());
        assertTrue(subtree.select("[data-test=origin]").text().contains("génération 0"), subtree.select("[data-test=origin]").text());
        Document unknown = Jsoup.parse(moderator.client().open("/admin/invitations/?assembly=" + assembly + "&node=M-00000000").body());
        assertEquals(1, unknown.select("[data-test=unknown-node]").size());
        assertEquals(403, inviter.client().get("/admin/invitations/?assembly=" + assembly).statusCode());
    }
}
