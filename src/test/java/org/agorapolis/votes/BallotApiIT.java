package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.agorapolis.stack.ApiClient;
import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.junit.jupiter.api.Test;

/** The JSON API with real Keycloak bearer tokens (authorization code with PKCE, as a phone app): same rules as the browser. */
class BallotApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stack stack = TestStack.get();

    private ApiClient memberApi(long assembly, String name) throws Exception {
        Person person = Residents.person(stack, name);
        TestData.member(stack, assembly, person.account());
        return new ApiClient(stack, person.client().accessToken(stack));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aMemberVotesThroughTheApiChangesTheirVoteAndIsToldWhyASecondVoteIsRefused() throws Exception {
        long assembly = TestData.assembly(stack, "Mobile " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "APPROVAL", true, "Lundi", "Mercredi", "Samedi");
        ApiClient api = memberApi(assembly, "Mobile");

        JsonNode list = json(api.get("/api/ballots?assembly=" + assembly));
        assertEquals(ballot, list.get(0).get("id").asLong());
        assertEquals(List.of("Lundi", "Mercredi", "Samedi"), JSON.convertValue(list.get(0).get("options"), List.class));
        JsonNode before = json(api.get("/api/ballots/" + ballot));
        assertTrue(before.get("mayVote").asBoolean());
        assertEquals("OPEN", before.get("status").asText());

        HttpResponse<String> cast = api.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"1,3\"}");
        assertEquals(201, cast.statusCode(), cast.body());
        String receipt = json(cast).get("receipt").asText();
        assertEquals(List.of(), cast.headers().allValues("Set-Cookie"), "an API call keeps no session");
        assertTrue(receipt.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"));

        HttpResponse<String> again = api.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"2\"}");
        assertEquals(403, again.statusCode());
        assertEquals("vote.alreadyVoted", json(again).get("error").asText());
        assertEquals("Vous avez déjà voté. Pour changer votre vote, utilisez votre reçu.", json(again).get("message").asText());
        assertEquals("You have already voted. To change your vote, use your receipt.",
                json(api.inLanguage("en").post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"2\"}")).get("message").asText());

        assertEquals(200, api.put("/api/ballots/" + ballot + "/votes/" + receipt, "{\"choice\":\"2\"}").statusCode());
        HttpResponse<String> secretSoFar = api.get("/api/ballots/" + ballot + "/results");
        assertEquals(409, secretSoFar.statusCode(), "a secret ballot's results wait for its close");

        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);
        JsonNode result = json(api.get("/api/ballots/" + ballot + "/results"));
        assertEquals("APPROVAL", result.get("method").asText());
        assertEquals(List.of(2), JSON.convertValue(result.get("winners"), List.class), "the changed choice was counted");
        JsonNode papers = json(api.get("/api/ballots/" + ballot + "/papers"));
        assertEquals(receipt, papers.get(0).get("receipt").asText());
        assertEquals("2", papers.get(0).get("choice").asText());
        assertTrue(papers.get(0).get("voter") == null, "a secret paper names nobody");
        HttpResponse<String> closed = api.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"1\"}");
        assertEquals("vote.closed", json(closed).get("error").asText());
    }

    @Test
    void fiftyParallelApiVotesByOneMemberLeaveExactlyOneCountedVote() throws Exception {
        long assembly = TestData.assembly(stack, "Rafale API " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "MAJORITY_JUDGMENT", true, "A", "B");
        ApiClient api = memberApi(assembly, "Rapide");

        List<Integer> statuses = Concurrently.run(50, () -> api.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"5,2\"}").statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 403).count(), statuses.toString());
        assertEquals(1, TestData.count(stack, "select count(*) from ballot_voter where ballot_id = " + ballot));
        assertEquals(1, TestData.count(stack, "select (select count(*) from ballot_inbox where ballot_id = " + ballot + ") + (select count(*) from ballot_box "
                + "where ballot_id = " + ballot + ")"));
    }

    @Test
    void membersVotingAtTheSameInstantEachGetTheirOwnPaperWhileDoubleClicksAndOutsidersAreRefused() throws Exception {
        long assembly = TestData.assembly(stack, "Ensemble " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "MAJORITY_JUDGMENT", true, "A", "B", "C");
        List<ApiClient> members = new java.util.ArrayList<>();
        List<String> choices = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(memberApi(assembly, "Ensemble" + i));
            choices.add((i % 6) + "," + ((i + 1) % 6) + "," + ((i + 4) % 6));
        }
        ApiClient outsider = new ApiClient(stack, Residents.person(stack, "Voisin").client().accessToken(stack));
        // 13 calls released together: ten members, the first of them clicking three times, and someone who is not a member.
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<String[]> answers = Concurrently.run(13, () -> {
            int n = next.getAndIncrement();
            ApiClient caller = n < 10 ? members.get(n) : n < 12 ? members.get(0) : outsider;
            String choice = n < 12 ? choices.get(n < 10 ? n : 0) : "1,1,1";
            HttpResponse<String> answer = caller.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"" + choice + "\"}");
            return new String[] {String.valueOf(n), String.valueOf(answer.statusCode()), answer.body(), choice};
        });

        List<String[]> cast = answers.stream().filter(a -> a[1].equals("201")).toList();
        assertEquals(10, cast.size(), "one vote per member: " + answers.stream().map(a -> a[1] + " " + a[2]).toList());
        List<String> refusals = answers.stream().filter(a -> !a[1].equals("201")).map(a -> a[1] + " " + uncheckedJson(a[2]).get("error").asText()).sorted().toList();
        assertEquals(List.of("403 vote.alreadyVoted", "403 vote.alreadyVoted", "403 vote.notMember"), refusals);
        assertEquals(10, TestData.count(stack, "select count(*) from ballot_voter where ballot_id = " + ballot));
        assertEquals(10, TestData.count(stack, "select count(*) from audit_entry where action = 'ballots.cast' and object_id = " + ballot));

        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);
        JsonNode papers = json(members.get(1).get("/api/ballots/" + ballot + "/papers"));
        java.util.Map<String, String> counted = new java.util.HashMap<>();
        papers.forEach(p -> counted.put(p.get("receipt").asText(), p.get("choice").asText()));
        java.util.Map<String, String> given = new java.util.HashMap<>();
        cast.forEach(a -> given.put(uncheckedJson(a[2]).get("receipt").asText(), a[3]));
        assertEquals(given, counted, "each receipt found with the choice its voter sent, whatever the order papers were written in");
    }

    private static JsonNode uncheckedJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badRequestsAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        long assembly = TestData.assembly(stack, "Mauvais " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "MAJORITY_JUDGMENT", true, "A", "B");
        ApiClient api = memberApi(assembly, "Maladroit");

        for (String body : List.of("{\"choice\":\"5,2", "[1,2]", "{\"choix\":\"5,2\"}", "{\"choice\":52}", "{\"choice\":\"" + "5,".repeat(3000) + "5\"}")) {
            HttpResponse<String> refused = api.post("/api/ballots/" + ballot + "/votes", body);
            assertEquals(400, refused.statusCode(), body);
            assertEquals("api.malformed", json(refused).get("error").asText(), body);
        }
        for (String choice : List.of("5,6", "5", "5,2,1", "FOR", "")) {
            HttpResponse<String> refused = api.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"" + choice + "\"}");
            assertEquals(400, refused.statusCode(), choice);
            assertEquals("Ce choix ne correspond pas aux options du scrutin : rien n’a été enregistré.", json(refused).get("message").asText());
        }
        assertEquals(404, api.post("/api/ballots/999999999/votes", "{\"choice\":\"5,2\"}").statusCode());
        // Requests the API does not take answer JSON in the caller's language too, with their status.
        HttpResponse<String> nowhere = api.get("/api/nowhere");
        assertEquals(404, nowhere.statusCode());
        assertEquals("api.refused", json(nowhere).get("error").asText());
        assertEquals("L’API ne prend pas cette requête (statut HTTP 404) : voyez sa description, /api/openapi.json.", json(nowhere).get("message").asText());
        HttpResponse<String> wrongMethod = api.inLanguage("en").put("/api/ballots/" + ballot, "{}");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("The API does not take this request (HTTP status 405): see its description, /api/openapi.json.", json(wrongMethod).get("message").asText());
        assertEquals(404, api.get("/api/ballots/abc").statusCode());
        assertEquals(400, api.get("/api/ballots").statusCode());
        assertEquals(403, api.get("/api/ballots/" + ballot + "/papers").statusCode(), "papers are published once counted");

        long upcoming = TestData.ballot(stack, assembly, "FOR_AGAINST", true);
        TestData.asSuperuser(stack, "update ballot set opens_at = now() + interval '1 day', closes_at = now() + interval '2 days' where id = " + upcoming);
        assertEquals("vote.notOpenYet", json(api.post("/api/ballots/" + upcoming + "/votes", "{\"choice\":\"FOR\"}")).get("error").asText());

        ApiClient outsider = new ApiClient(stack, Residents.person(stack, "Dehors").client().accessToken(stack));
        assertEquals("vote.notMember", json(outsider.post("/api/ballots/" + ballot + "/votes", "{\"choice\":\"5,2\"}")).get("error").asText());
        assertEquals(0, TestData.count(stack, "select count(*) from ballot_voter where ballot_id in (" + ballot + ", " + upcoming + ")"), "nothing stored");
    }

    @Test
    void withoutABearerTokenTheApiAnswers401AndItsDescriptionIsOpen() throws Exception {
        HttpResponse<String> anonymous = new ApiClient(stack, null).get("/api/ballots?assembly=1");
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> forged = new ApiClient(stack, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/ballots?assembly=1");
        assertEquals(401, forged.statusCode());
        Person person = Residents.person(stack, "Cookie");
        HttpResponse<String> cookieOnly = person.client().get("/api/ballots?assembly=1");
        assertTrue(cookieOnly.statusCode() == 401, "a session cookie alone never reaches the API: " + cookieOnly.statusCode());

        HttpResponse<String> description = new ApiClient(stack, null).get("/api/openapi.json");
        assertEquals(200, description.statusCode());
        JsonNode openApi = json(description);
        assertEquals("3.0.3", openApi.get("openapi").asText());
        for (String path : List.of("/ballots", "/ballots/{id}", "/ballots/{id}/votes", "/ballots/{id}/votes/{receipt}", "/ballots/{id}/results",
                "/ballots/{id}/papers")) {
            assertTrue(openApi.get("paths").has(path), path);
        }
    }
}
