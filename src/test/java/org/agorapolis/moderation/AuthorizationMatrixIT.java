package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/**
 * Every administration page and export, tried as every kind of visitor: exactly who gets in. A
 * visitor who is not signed in is sent to the login page (302); a signed-in person without the
 * role gets 403, also for a forged form post. A moderator of one assembly gets into the
 * administration of that assembly only.
 */
class AuthorizationMatrixIT {

    private final Stack stack = TestStack.get();

    private static final String ANONYMOUS = "anonymous";
    private static final String RESIDENT = "resident";
    private static final String OFFICIAL = "official";
    private static final String MODERATOR = "moderator";
    private static final String MODERATOR_OF_ANOTHER = "moderator of another assembly";
    private static final String MODERATOR_OF_THIS = "moderator of this assembly";
    private static final String ADMIN = "admin";

    @Test
    void onlyModeratorsAndAdminsModerateAndOnlyAdminsReadTheAuditTrail() throws Exception {
        long assembly = TestData.assembly(stack, "Matrice " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Map<String, Person> people = new LinkedHashMap<>();
        people.put(RESIDENT, Residents.person(stack, "Habitante"));
        people.put(OFFICIAL, Residents.person(stack, "Elu", "resident", "official"));
        people.put(MODERATOR, Residents.person(stack, "Moderatrice", "resident", "moderator"));
        people.put(MODERATOR_OF_ANOTHER, Residents.person(stack, "Voisine"));
        people.put(MODERATOR_OF_THIS, Residents.person(stack, "Gardienne"));
        TestData.moderatorOf(stack, TestData.assembly(stack, "Autre " + UUID.randomUUID(), "OPEN", "PUBLIC"), people.get(MODERATOR_OF_ANOTHER).account());
        TestData.moderatorOf(stack, assembly, people.get(MODERATOR_OF_THIS).account());
        people.put(ADMIN, Residents.person(stack, "Admin", "resident", "admin"));
        HttpResponse<String> posters = people.get(MODERATOR).client().open("/admin/posters/?assembly=" + assembly);
        people.get(MODERATOR).client().submit(posters, "poster", "poster:create", Map.of("poster:name", "Mairie"));
        long poster = TestData.count(stack, "select max(id) from poster where assembly_id = " + assembly);

        List<String> town = List.of(MODERATOR, ADMIN);
        List<String> thisAssembly = List.of(MODERATOR, MODERATOR_OF_THIS, ADMIN);
        List<String> anyModerator = List.of(MODERATOR, MODERATOR_OF_ANOTHER, MODERATOR_OF_THIS, ADMIN);
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put("/admin/", anyModerator);
        allowed.put("/admin/assemblies/edit.xhtml", town);
        allowed.put("/admin/assemblies/edit.xhtml?id=" + assembly, thisAssembly);
        allowed.put("/admin/posters/?assembly=" + assembly, thisAssembly);
        allowed.put("/admin/posters/poster.pdf?id=" + poster, thisAssembly);
        allowed.put("/admin/posters/qr.png?id=" + poster, thisAssembly);
        allowed.put("/admin/invitations/?assembly=" + assembly, thisAssembly);
        allowed.put("/admin/moderation/", anyModerator);
        allowed.put("/admin/audit/", List.of(ADMIN));
        allowed.put("/admin/audit/audit.csv", List.of(ADMIN));
        allowed.put("/admin/town/", List.of(ADMIN));
        allowed.put("/reports/", List.of(OFFICIAL, ADMIN));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : allowed.entrySet()) {
            int anonymous = Http.get(stack.appUrl() + page.getKey()).statusCode();
            if (anonymous != 302) {
                wrong.add(ANONYMOUS + " " + page.getKey() + " → " + anonymous);
            }
            for (Map.Entry<String, Person> who : people.entrySet()) {
                int status = who.getValue().client().get(page.getKey()).statusCode();
                int expected = page.getValue().contains(who.getKey()) ? 200 : 403;
                if (status != expected) {
                    wrong.add(who.getKey() + " " + page.getKey() + " → " + status + " (expected " + expected + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);

        // A form of the queue, taken by a moderator and posted by people without the role: refused before any action runs.
        HttpResponse<String> queue = people.get(MODERATOR).client().open("/admin/moderation/");
        String viewState = Jsoup.parse(queue.body()).selectFirst("input[name=jakarta.faces.ViewState]").val();
        String forged = "filters=filters&filters%3Aapply=x&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8);
        for (String who : List.of(RESIDENT, OFFICIAL)) {
            HttpResponse<String> posted = people.get(who).client().send(people.get(who).client().formRequest(
                    java.net.URI.create(stack.appUrl() + "/admin/moderation/index.xhtml"), Map.of("filters", "filters", "filters:apply", "x",
                            "jakarta.faces.ViewState", viewState)));
            assertEquals(403, posted.statusCode(), who);
        }
        assertEquals(302, Http.postForm(stack.appUrl() + "/admin/moderation/index.xhtml", forged).statusCode(), ANONYMOUS);
    }

    /** Submits a form of the page if the person can open it and it offers that form; whether the post was even possible. */
    private static boolean attempt(Person who, String path, String form, String button, Map<String, String> fields) throws Exception {
        HttpResponse<String> page = who.client().get(path);
        if (page.statusCode() != 200 || Jsoup.parse(page.body()).selectFirst("form[id=" + form + "]") == null) {
            return false;
        }
        who.client().submit(who.client().open(path), form, button, fields);
        return true;
    }

    @Test
    void everyAdministrationActionSucceedsForExactlyThoseWhoMayDoIt() throws Exception {
        long assembly = TestData.assembly(stack, "Actions " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Map<String, Person> people = new LinkedHashMap<>();
        people.put(RESIDENT, Residents.person(stack, "Habitante"));
        people.put(OFFICIAL, Residents.person(stack, "Elu", "resident", "official"));
        people.put(MODERATOR_OF_ANOTHER, Residents.person(stack, "Voisine"));
        people.put(MODERATOR_OF_THIS, Residents.person(stack, "Gardienne"));
        people.put(MODERATOR, Residents.person(stack, "Moderatrice", "resident", "moderator"));
        people.put(ADMIN, Residents.person(stack, "Admin", "resident", "admin"));
        TestData.moderatorOf(stack, TestData.assembly(stack, "Autre " + UUID.randomUUID(), "OPEN", "PUBLIC"), people.get(MODERATOR_OF_ANOTHER).account());
        TestData.moderatorOf(stack, assembly, people.get(MODERATOR_OF_THIS).account());
        // One reported comment per person trying, each by an author of its own.
        Map<String, Person> authors = new LinkedHashMap<>();
        for (String who : people.keySet()) {
            Person author = Residents.person(stack, "Auteur");
            TestData.member(stack, assembly, author.account());
            author.client().submit(author.client().open("/assemblies/view.xhtml?id=" + assembly), "comment", "comment:send",
                    Map.of("comment:text", "Propos signalé pour " + who));
            authors.put(who, author);
        }
        Person witness = Residents.person(stack, "Temoin");
        HttpResponse<String> debate = witness.client().open("/assemblies/view.xhtml?id=" + assembly);
        for (org.jsoup.nodes.Element flag : Jsoup.parse(debate.body()).select("[data-test=comment] form[id$=flag]")) {
            String thanks = PageText.messages(witness.client().submit(witness.client().open("/assemblies/view.xhtml?id=" + assembly), flag.id(),
                    flag.id() + ":send", Map.of(flag.id() + ":reason", "INSULT")));
            assertEquals("Merci : votre signalement est transmis à la modération.", thanks, "any comment of a debate can be reported");
        }

        Map<String, List<String>> done = new LinkedHashMap<>();
        for (Map.Entry<String, Person> entry : people.entrySet()) {
            String who = entry.getKey();
            Person person = entry.getValue();
            String participant = "(select id from participant where subject = '" + person.account().subject() + "')";
            List<String> succeeded = new ArrayList<>();
            attempt(person, "/admin/posters/?assembly=" + assembly, "poster", "poster:create", Map.of("poster:name", "Affiche " + who));
            if (TestData.count(stack, "select count(*) from poster where assembly_id = " + assembly + " and name = 'Affiche " + who + "'") == 1) {
                succeeded.add("poster");
            }
            Person newcomer = Residents.person(stack, "Nouveau");
            attempt(person, "/admin/assemblies/edit.xhtml?id=" + assembly, "addMember", "addMember:add", Map.of("addMember:email", newcomer.account().email()));
            if (TestData.count(stack, "select count(*) from membership m join participant p on p.id = m.participant_id where m.assembly_id = " + assembly
                    + " and p.subject = '" + newcomer.account().subject() + "'") == 1) {
                succeeded.add("addMember");
            }
            attempt(person, "/admin/assemblies/edit.xhtml?id=" + assembly, "limits", "limits:save",
                    Map.of("limits:quota", "4", "limits:cap", "20", "limits:threshold", "3"));
            if (TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.limits' and actor_id = " + participant) == 1) {
                succeeded.add("limits");
            }
            Person candidate = Residents.person(stack, "Candidate");
            attempt(person, "/admin/assemblies/edit.xhtml?id=" + assembly, "appoint", "appoint:add", Map.of("appoint:email", candidate.account().email()));
            if (TestData.count(stack, "select count(*) from assembly_moderator m join participant p on p.id = m.participant_id where p.subject = '"
                    + candidate.account().subject() + "'") == 1) {
                succeeded.add("appoint");
            }
            HttpResponse<String> queue = person.client().get("/admin/moderation/");
            if (queue.statusCode() == 200) {
                HttpResponse<String> filtered = person.client().submit(person.client().open("/admin/moderation/"), "filters", "filters:apply",
                        Map.of("filters:assembly", String.valueOf(assembly), "filters:status", ""));
                int row = Jsoup.parse(filtered.body()).select("[data-test=case-excerpt]").eachText().indexOf("Propos signalé pour " + who);
                if (row >= 0) {
                    person.client().submit(filtered, "queue", "queue:cases:" + row + ":hide", Map.of("queue:cases:" + row + ":publicReason", "INSULT"));
                    HttpResponse<String> again = person.client().submit(person.client().open("/admin/moderation/"), "filters", "filters:apply",
                            Map.of("filters:assembly", String.valueOf(assembly), "filters:status", ""));
                    int same = Jsoup.parse(again.body()).select("[data-test=case-excerpt]").eachText().indexOf("Propos signalé pour " + who);
                    if (Jsoup.parse(again.body()).selectFirst("[id=queue:cases:" + same + ":ban]") != null) {
                        person.client().submit(again, "queue", "queue:cases:" + same + ":ban", Map.of("queue:cases:" + same + ":publicReason", "INSULT"));
                    }
                }
            }
            if (TestData.count(stack, "select count(*) from audit_entry where action = 'moderation.hide' and actor_id = " + participant) == 1) {
                succeeded.add("hide");
            }
            if (TestData.count(stack, "select count(*) from ban b join participant p on p.id = b.participant_id where b.lifted_at is null and p.subject = '"
                    + authors.get(who).account().subject() + "'") == 1) {
                succeeded.add("ban");
            }
            attempt(person, "/admin/town/", "limits", "limits:save", Map.of("limits:quota", "5", "limits:cap", "20", "limits:threshold", "3",
                    "limits:profileThreshold", "3", "limits:days", "30"));
            if (TestData.count(stack, "select count(*) from audit_entry where action = 'town.settings' and actor_id = " + participant) == 1) {
                succeeded.add("townSettings");
            }
            done.put(who, succeeded);
        }

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(RESIDENT, List.of());
        expected.put(OFFICIAL, List.of());
        expected.put(MODERATOR_OF_ANOTHER, List.of());
        expected.put(MODERATOR_OF_THIS, List.of("poster", "addMember", "limits", "hide"));
        expected.put(MODERATOR, List.of("poster", "addMember", "limits", "appoint", "hide", "ban"));
        expected.put(ADMIN, List.of("poster", "addMember", "limits", "appoint", "hide", "ban", "townSettings"));
        assertEquals(expected, done);
    }
}
