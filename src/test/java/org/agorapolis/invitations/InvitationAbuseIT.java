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

    @Test
    void aModeratorSuspendsABranchAndRevokesItsUnusedInvitationsAllAtOnce() throws Exception {
        long assembly = TestData.assembly(stack, "Grappe " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person root = person("Racine");
        Person child = person("Marionnette");
        join(child, link(root, assembly));
        Person grandchild = person("Pantin");
        join(grandchild, link(child, assembly));
        HttpResponse<String> mine = child.client().open("/invitations/mine.xhtml?assembly=" + assembly);
        child.client().submit(mine, "print", "print:submit", Map.of("print:count", "2"));
        link(grandchild, assembly);
        Person moderator = person("Moderateur", "resident", "moderator");
        Document rootPage = Jsoup.parse(moderator.client().open("/admin/invitations/?assembly=" + assembly).body());
        String rootName = rootPage.select("[data-test=node-link]").last().text();
        Document rootTree = Jsoup.parse(moderator.client().open("/admin/invitations/?assembly=" + assembly + "&node=" + rootName).body());
        String childName = rootTree.select("[data-test=subtree] [data-test=node-link]").last().text();

        HttpResponse<String> branch = moderator.client().open("/admin/invitations/?assembly=" + assembly + "&node=" + childName);
        assertTrue(Jsoup.parse(branch.body()).selectFirst("[id='branch:revoke']").val().endsWith("(4)"), "2 links and 2 coupons");
        assertTrue(Jsoup.parse(branch.body()).selectFirst("[id='branch:suspend']").val().endsWith("(2)"), "the member and their invitee");
        String revoked = PageText.messages(moderator.client().submit(branch, "branch", "branch:revoke", Map.of()));
        HttpResponse<String> again = moderator.client().open("/admin/invitations/?assembly=" + assembly + "&node=" + childName);
        String suspended = PageText.messages(moderator.client().submit(again, "branch", "branch:suspend", Map.of("branch:days", "30")));

        assertEquals("Les invitations inutilisées de la branche sont révoquées.", revoked);
        assertEquals("La branche est suspendue : tout ou rien, c’est fait pour tous.", suspended);
        assertEquals(0, TestData.count(stack, "select count(*) from invitation_link where revoked_at is null and assembly_id = " + assembly
                + " and inviter_id <> (select participant_id from membership where assembly_id = " + assembly + " and generation = 0)"));
        assertEquals(0, TestData.count(stack, "select count(*) from invitation_coupon where revoked_at is null and assembly_id = " + assembly));
        assertEquals(1, TestData.count(stack, "select count(*) from invitation_link where revoked_at is null and assembly_id = " + assembly),
                "the root's own link stays");
        assertEquals(2, TestData.count(stack, "select count(*) from suspension s join membership m on m.participant_id = s.participant_id"
                + " where m.assembly_id = " + assembly + " and s.ends_at > now() + interval '29 days'"));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'network.suspendSubtree' and assembly_id = " + assembly
                + " and after ->> 'people' = '2'"));
        assertEquals(2, TestData.count(stack, "select count(*) from notice where kind = 'SUSPENDED' and about = 'SPAM:30' and assembly_id = " + assembly),
                "each suspended member is told");
        String refused = PageText.alert(grandchild.client().submit(grandchild.client().open("/assemblies/view.xhtml?id=" + assembly), "comment",
                "comment:send", Map.of("comment:text", "Je suis une vraie personne")));
        assertTrue(refused.contains("suspendu"), refused);
    }
}
