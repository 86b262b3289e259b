package org.agorapolis.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The few calls to Keycloak's admin REST API that the run command and the tests need: accounts
 * are created in the real identity provider, never faked.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String adminPassword;
    private final String realm;

    KeycloakAdmin(String baseUrl, String adminPassword, String realm) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
        this.realm = realm;
    }

    /** An account in the realm. */
    public record Account(String username, String email, String firstName, String lastName, String password,
                          String locale, List<String> realmRoles) {
    }

    /** Creates the account with its password and realm roles; returns its subject id. */
    public String createUser(Account account) throws IOException, InterruptedException {
        ObjectNode user = JSON.createObjectNode()
                .put("username", account.username())
                .put("email", account.email())
                .put("firstName", account.firstName())
                .put("lastName", account.lastName())
                .put("enabled", true)
                .put("emailVerified", true);
        if (account.locale() != null) {
            user.putObject("attributes").putArray("locale").add(account.locale());
        }
        ObjectNode credential = user.putArray("credentials").addObject();
        credential.put("type", "password").put("value", account.password()).put("temporary", false);
        HttpResponse<String> created = send("POST", "/admin/realms/" + realm + "/users", user.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused user " + account.username() + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        ArrayNode roles = JSON.createArrayNode();
        for (String role : account.realmRoles()) {
            roles.add(JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/roles/" + role, null))));
        }
        ok(send("POST", "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm", roles.toString()));
        return id;
    }

    /** Any admin REST call on this realm's server ({@code path} from {@code /admin/...}); its body, or an exception if refused. Benchmarks set up with it. */
    public String call(String method, String path, String body) throws IOException, InterruptedException {
        return ok(send(method, path, body));
    }

    /** The subject id of the account with that exact user name. */
    public Optional<String> findUserId(String username) throws IOException, InterruptedException {
        JsonNode found = JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null)));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("id").asText());
    }

    /** The realm roles held by the account, effective ones included (composites, defaults). */
    public List<String> effectiveRealmRoles(String userId) throws IOException, InterruptedException {
        JsonNode roles = JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/users/" + userId + "/role-mappings/realm/composite", null)));
        List<String> names = new ArrayList<>();
        roles.forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    /** The realm's settings as Keycloak holds them. */
    public JsonNode realmSettings() throws IOException, InterruptedException {
        return JSON.readTree(ok(send("GET", "/admin/realms/" + realm, null)));
    }

    /** A client's settings as Keycloak holds them. */
    public JsonNode client(String clientId) throws IOException, InterruptedException {
        JsonNode found = JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/clients?clientId=" + clientId, null)));
        if (found.isEmpty()) {
            throw new IllegalStateException("No client " + clientId);
        }
        return found.get(0);
    }

    /** Whether the account may sign in. */
    public boolean isEnabled(String userId) throws IOException, InterruptedException {
        return JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/users/" + userId, null))).get("enabled").asBoolean();
    }

    /** The roles a client's service account holds on another client (for example {@code realm-management}). */
    public List<String> serviceAccountRoles(String clientId, String onClientId) throws IOException, InterruptedException {
        String account = JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/clients/" + client(clientId).get("id").asText()
                + "/service-account-user", null))).get("id").asText();
        JsonNode roles = JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/users/" + account + "/role-mappings/clients/"
                + client(onClientId).get("id").asText(), null)));
        List<String> names = new ArrayList<>();
        roles.forEach(r -> names.add(r.get("name").asText()));
        return names.stream().sorted().toList();
    }

    /** Sign-in sessions the account holds at the identity provider. */
    public int sessionCount(String userId) throws IOException, InterruptedException {
        return JSON.readTree(ok(send("GET", "/admin/realms/" + realm + "/users/" + userId + "/sessions", null))).size();
    }

    private String token() throws IOException, InterruptedException {
        String form = form(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.ADMIN_USER, "password", adminPassword));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return JSON.readTree(ok(http.send(request, HttpResponse.BodyHandlers.ofString()))).get("access_token").asText();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token())
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Fields as {@code application/x-www-form-urlencoded}, in their map's order. */
    public static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
