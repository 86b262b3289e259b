package org.agorapolis.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.agorapolis.stack.Http;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.junit.jupiter.api.Test;

/** The realm of keycloak-realm/, as the real Keycloak imported it, and the web client's flows. */
class RealmIT {

    private final Stack stack = TestStack.get();

    @Test
    void theRealmLetsResidentsSignUpWithTheirEmailInFrenchOrEnglishAndStopsBruteForce() throws Exception {
        JsonNode realm = stack.keycloakAdmin().realmSettings();

        assertTrue(realm.get("registrationAllowed").asBoolean(), "self-registration");
        assertTrue(realm.get("loginWithEmailAllowed").asBoolean(), "e-mail as login");
        assertTrue(realm.get("bruteForceProtected").asBoolean(), "brute-force detection");
        assertTrue(realm.get("internationalizationEnabled").asBoolean());
        assertEquals("fr", realm.get("defaultLocale").asText());
        assertEquals(java.util.Set.of("fr", "en"), java.util.Set.of(realm.get("supportedLocales").get(0).asText(),
                realm.get("supportedLocales").get(1).asText()));
        assertEquals(2, realm.get("supportedLocales").size());
        assertTrue(realm.get("verifyEmail").asBoolean(), "new residents verify their address");
        assertEquals(String.valueOf(stack.ports().smtp()), realm.get("smtpServer").get("port").asText(), "Keycloak mails through the configured server");
        assertEquals("127.0.0.1", realm.get("smtpServer").get("host").asText());
    }

    @Test
    void aSelfRegisteredAccountIsAResidentAndNothingMore() throws Exception {
        TestAccount newcomer = TestData.account(stack, "Nouvelle");

        var roles = stack.keycloakAdmin().effectiveRealmRoles(newcomer.subject());

        assertTrue(roles.contains("resident"), roles.toString());
        assertFalse(roles.contains("moderator") || roles.contains("official") || roles.contains("admin"), roles.toString());
    }

    @Test
    void theWebClientIsConfidentialAndUsesOnlyTheCodeFlowWithPkce() throws Exception {
        JsonNode client = stack.keycloakAdmin().client(Stack.CLIENT_ID);

        assertFalse(client.get("publicClient").asBoolean(), "confidential");
        assertTrue(client.get("standardFlowEnabled").asBoolean(), "authorization code");
        assertFalse(client.get("implicitFlowEnabled").asBoolean(), "no implicit flow");
        assertFalse(client.get("directAccessGrantsEnabled").asBoolean(), "no password grant");
        assertEquals("S256", client.get("attributes").get("pkce.code.challenge.method").asText());
    }

    @Test
    void theWebClientsServiceAccountManagesUsersAndNothingMore() throws Exception {
        assertTrue(stack.keycloakAdmin().client(Stack.CLIENT_ID).get("serviceAccountsEnabled").asBoolean(), "bans disable accounts through it");
        assertEquals(List.of("manage-users", "view-users"), stack.keycloakAdmin().serviceAccountRoles(Stack.CLIENT_ID, "realm-management"));
    }

    @Test
    void thePasswordGrantIsRefusedForTheWebClient() throws Exception {
        TestAccount resident = TestData.account(stack, "Gabin", "resident");

        HttpResponse<String> response = Http.postForm(stack.realmUrl() + "/protocol/openid-connect/token",
                org.agorapolis.stack.KeycloakAdmin.form(Map.of("grant_type", "password", "client_id", Stack.CLIENT_ID,
                        "client_secret", stack.clientSecret(), "username", resident.username(), "password", TestData.PASSWORD)));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("unauthorized_client"), response.body());
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        String url = stack.realmUrl() + "/protocol/openid-connect/auth?response_type=code&client_id=" + Stack.CLIENT_ID
                + "&scope=openid&redirect_uri=" + java.net.URLEncoder.encode(stack.appUrl() + "/", StandardCharsets.UTF_8);

        HttpResponse<String> response = Http.get(url);

        // Keycloak either sends the error back to the client or shows it, depending on its version.
        String answer = URLDecoder.decode(response.headers().firstValue("Location").orElse(""), StandardCharsets.UTF_8) + response.body();
        assertTrue(response.statusCode() == 302 || response.statusCode() == 400, "status " + response.statusCode());
        assertTrue(answer.contains("code_challenge_method"), answer);
        assertFalse(answer.contains("code="), "no authorization code is issued");
    }

    @Test
    void theApplicationSendsVisitorsToTheLoginWithAnS256Challenge() throws Exception {
        HttpResponse<String> response = Http.get(stack.appUrl() + "/account/");

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(stack.realmUrl() + "/protocol/openid-connect/auth"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
        assertTrue(location.contains("response_type=code"), location);
    }
}
