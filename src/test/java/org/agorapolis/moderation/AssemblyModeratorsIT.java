package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Moderators of one assembly: appointed by the town's moderators, they act in that assembly and nowhere else. */
class AssemblyModeratorsIT {

    private final Stack stack = TestStack.get();

    private HttpResponse<String> appoint(Person townModerator, long assembly, String email) throws Exception {
        HttpResponse<String> page = townModerator.client().open("/admin/assemblies/edit.xhtml?id=" + assembly);
        return townModerator.client().submit(page, "appoint", "appoint:add", Map.of("appoint:email", email));
    }

    @Test
    void aTownModeratorAppointsAResidentWhoThenModeratesThatAssemblyAndNoOther() throws Exception {
        long mine = TestData.assembly(stack, "Jardins partagés " + UUID.randomUUID(), "OPEN", "PUBLIC");
        long other = TestData.assembly(stack, "Piscine municipale " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person townModerator = Residents.person(stack, "Moderatrice", "resident", "moderator");
        Person resident = Residents.person(stack, "Jardiniere");
        assertEquals(403, resident.client().get("/admin/").statusCode(), "not appointed yet");

        String appointed = PageText.messages(appoint(townModerator, mine, resident.account().email()));
        String twice = PageText.alert(appoint(townModerator, mine, resident.account().email()));
        String unknown = PageText.alert(appoint(townModerator, mine, "personne@nulle-part.example"));

        assertEquals("La personne modère désormais cette assemblée.", appointed);
        assertEquals("Cette personne modère déjà cette assemblée.", twice);
        assertEquals("Aucun habitant connecté n’a cette adresse e-mail.", unknown);
        assertEquals(1, TestData.count(stack, "select count(*) from assembly_moderator where assembly_id = " + mine));
        assertEquals(1, TestData.count(stack, "select count(*) from membership m join participant p on p.id = m.participant_id where m.assembly_id = "
                + mine + " and p.subject = '" + resident.account().subject() + "'"), "an appointed moderator is a member");
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.appointModerator' and assembly_id = " + mine));

        HttpResponse<String> home = resident.client().get("/admin/");
        assertEquals(200, home.statusCode());
        String listed = Jsoup.parse(home.body()).select("#assemblies").text();
        assertTrue(listed.contains("Jardins partagés"), listed);
        assertFalse(listed.contains("Piscine municipale"), listed);
        assertNull(Jsoup.parse(home.body()).selectFirst("[data-test=new-assembly]"), "only the town's moderators create assemblies");
        assertTrue(Jsoup.parse(resident.client().get("/").body()).select("nav a[href$=/admin/]").size() == 1, "the header offers Administration");

        assertEquals(200, resident.client().get("/admin/assemblies/edit.xhtml?id=" + mine).statusCode());
        assertEquals(200, resident.client().get("/admin/posters/?assembly=" + mine).statusCode());
        assertEquals(200, resident.client().get("/admin/invitations/?assembly=" + mine).statusCode());
        assertEquals(403, resident.client().get("/admin/assemblies/edit.xhtml?id=" + other).statusCode());
        assertEquals(403, resident.client().get("/admin/posters/?assembly=" + other).statusCode());
        assertEquals(403, resident.client().get("/admin/invitations/?assembly=" + other).statusCode());
        assertEquals(403, resident.client().get("/admin/assemblies/edit.xhtml").statusCode(), "creating an assembly");
        assertEquals(403, resident.client().get("/admin/audit/").statusCode());

        // They act in their assembly: a poster, a member's quota.
        HttpResponse<String> posters = resident.client().open("/admin/posters/?assembly=" + mine);
        String created = PageText.messages(resident.client().submit(posters, "poster", "poster:create", Map.of("poster:name", "Kiosque du parc")));
        assertTrue(created.contains("affiche"), created);
        assertEquals(1, TestData.count(stack, "select count(*) from poster where assembly_id = " + mine));
        // They cannot appoint anyone: the form is not theirs to see.
        assertNull(Jsoup.parse(resident.client().get("/admin/assemblies/edit.xhtml?id=" + mine).body()).selectFirst("form[id=appoint]"));

        // Dismissed: out of the administration, still a member.
        HttpResponse<String> edit = townModerator.client().open("/admin/assemblies/edit.xhtml?id=" + mine);
        String dismissed = PageText.messages(townModerator.client().submit(edit, "appointed:0:dismiss", "appointed:0:dismiss:end", Map.of()));
        assertEquals("La personne ne modère plus cette assemblée ; elle en reste membre.", dismissed);
        assertEquals(403, resident.client().get("/admin/").statusCode());
        assertEquals(403, resident.client().get("/admin/posters/?assembly=" + mine).statusCode());
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.dismissModerator' and assembly_id = " + mine));
    }

    @Test
    void anAssemblyModeratorDecidesOnItsReportsOnlyAndTheirSuspensionHoldsThereOnly() throws Exception {
        long mine = TestData.assembly(stack, "Rue piétonne " + UUID.randomUUID(), "OPEN", "PUBLIC");
        long other = TestData.assembly(stack, "Marché couvert " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person author = Residents.person(stack, "Provocateur");
        Person witness = Residents.person(stack, "Temoin");
        TestData.member(stack, mine, author.account());
        TestData.member(stack, other, author.account());
        comment(author, mine, "Insulte dans la rue piétonne");
        comment(author, other, "Insulte au marché couvert");
        flag(witness, mine);
        flag(witness, other);
        Person moderator = Residents.person(stack, "Gardienne");
        TestData.moderatorOf(stack, mine, moderator.account());

        HttpResponse<String> queue = moderator.client().open("/admin/moderation/");
        String cases = Jsoup.parse(queue.body()).select("#queue").text();
        assertTrue(cases.contains("Insulte dans la rue piétonne"), cases);
        assertFalse(cases.contains("Insulte au marché couvert"), cases);
        String assemblies = Jsoup.parse(queue.body()).select("select[id=filters:assembly] option").text();
        assertTrue(assemblies.contains("Rue piétonne") && !assemblies.contains("Marché couvert"), assemblies);

        // Filtering on the other assembly's id by hand shows nothing of it.
        HttpResponse<String> forged = moderator.client().submit(queue, "filters", "filters:apply",
                Map.of("filters:assembly", String.valueOf(other), "filters:status", ""));
        assertFalse(Jsoup.parse(forged.body()).select("#queue").text().contains("Insulte au marché couvert"));

        HttpResponse<String> filtered = moderator.client().submit(moderator.client().open("/admin/moderation/"), "filters", "filters:apply",
                Map.of("filters:assembly", String.valueOf(mine), "filters:status", ""));
        String done = PageText.messages(moderator.client().submit(filtered, "queue", "queue:cases:0:suspend",
                Map.of("queue:cases:0:publicReason", "INSULT", "queue:cases:0:days", "7")));
        assertEquals("L’auteur est suspendu ; il en est informé.", done);
        assertEquals(1, TestData.count(stack, "select count(*) from suspension s join participant p on p.id = s.participant_id where p.subject = '"
                + author.account().subject() + "' and s.assembly_id = " + mine));

        String refusedHere = PageText.alert(comment(author, mine, "Je reviens quand même"));
        comment(author, other, "Au marché, je peux encore parler");
        assertTrue(refusedHere.contains("suspendu jusqu’au"), refusedHere);
        assertEquals(1, TestData.count(stack, "select count(*) from comment where assembly_id = " + mine));
        assertEquals(2, TestData.count(stack, "select count(*) from comment where assembly_id = " + other), "the other assembly is not affected");
        String notice = Jsoup.parse(author.client().open("/account/notices.xhtml").body()).text();
        assertTrue(notice.contains("a suspendu votre participation à cette assemblée"), notice);
    }

    private HttpResponse<String> comment(Person author, long assembly, String text) throws Exception {
        HttpResponse<String> page = author.client().open("/assemblies/view.xhtml?id=" + assembly);
        return author.client().submit(page, "comment", "comment:send", Map.of("comment:text", text));
    }

    private void flag(Person flagger, long assembly) throws Exception {
        HttpResponse<String> page = flagger.client().open("/assemblies/view.xhtml?id=" + assembly);
        String form = Jsoup.parse(page.body()).selectFirst("[data-test=comment] form[id$=flag]").id();
        flagger.client().submit(page, form, form + ":send", Map.of(form + ":reason", "INSULT"));
    }

    @Test
    void besideAReportedAuthorModeratorsSeeTheirInviterAndInviteesByNameAndTheRestUnderPseudonyms() throws Exception {
        long assembly = TestData.assembly(stack, "Maison des associations " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person inviter = Residents.person(stack, "Marraine");
        Person author = Residents.person(stack, "Filleul");
        Person invitee = Residents.person(stack, "Petitfilleul");
        Residents.join(author, Residents.personalLink(stack, inviter, assembly, "", "link"));
        Residents.join(invitee, Residents.personalLink(stack, author, assembly, "", "link"));
        comment(author, assembly, "Message déplacé à la maison des associations");
        flag(Residents.person(stack, "Temoin"), assembly);
        Person moderator = Residents.person(stack, "Gardienne");
        TestData.moderatorOf(stack, assembly, moderator.account());

        HttpResponse<String> queue = moderator.client().open("/admin/moderation/");
        String link = Jsoup.parse(queue.body()).select("tr:has([data-test=case-excerpt]:contains(Message déplacé)) [data-test=network-context]").attr("href");
        assertTrue(link.contains("&case="), link);
        org.jsoup.nodes.Document context = Jsoup.parse(moderator.client().get(link.replaceFirst("^https?://[^/]+", "")).body());

        assertTrue(context.selectFirst("#subtree-title").text().contains(author.account().displayName()), context.selectFirst("#subtree-title").text());
        assertEquals(inviter.account().displayName(), context.selectFirst("[data-test=inviter-name]").text());
        assertEquals(java.util.List.of(invitee.account().displayName()), context.select("[data-test=subtree] [data-test=node-name]").eachText()
                .stream().filter(n -> !n.equals(author.account().displayName())).toList());
        assertTrue(context.selectFirst("[data-test=first-level-names]") != null);

        // The same node without the report, or with a report of another assembly: pseudonyms only.
        String node = link.replaceAll(".*node=([^&]+).*", "$1");
        org.jsoup.nodes.Document browsing = Jsoup.parse(moderator.client().get("/admin/invitations/?assembly=" + assembly + "&node=" + node).body());
        assertTrue(browsing.select("[data-test=node-name], [data-test=inviter-name], [data-test=first-level-names]").isEmpty());
        long elsewhere = TestData.count(stack, "select max(id) from moderation_case where assembly_id <> " + assembly);
        org.jsoup.nodes.Document forged = Jsoup.parse(moderator.client().get("/admin/invitations/?assembly=" + assembly + "&node=" + node
                + "&case=" + elsewhere).body());
        assertTrue(forged.select("[data-test=node-name], [data-test=inviter-name]").isEmpty());
    }
}
