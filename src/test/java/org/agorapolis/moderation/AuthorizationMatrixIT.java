package org.agorapolis.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Http;
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
}
