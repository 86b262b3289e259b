package org.agorapolis.participants;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts at the identity provider, through its admin API with the web client's service account
 * (realm-management roles {@code manage-users} and {@code view-users}): a ban disables the account
 * and ends its sign-in sessions; lifting the ban enables it again. Nothing else about accounts is
 * written from here — identity stays the identity provider's.
 */
@ApplicationScoped
public class IdentityAccounts {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "agorapolis.oidc.provider-url")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "agorapolis.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "agorapolis.oidc.client-secret")
    String clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /** The identity provider did not do what was asked: the caller's transaction rolls back. */
    public static class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Disables the account and signs it out everywhere. */
    public void disable(String subject) {
        setEnabled(subject, false);
        send("POST", "/users/" + subject + "/logout", null);
    }

    /** Enables the account again. */
    public void enable(String subject) {
        setEnabled(subject, true);
    }

    private void setEnabled(String subject, boolean enabled) {
        send("PUT", "/users/" + subject, Json.createObjectBuilder().add("enabled", enabled).build().toString());
    }

    private void send(String method, String path, String json) {
        if (!subject(path)) {
            throw new IllegalArgumentException("Not an account id");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() / 100 != 2) {
            throw new Unavailable(method + " " + path + " answered " + response.statusCode(), null);
        }
    }

    /** Account ids are the identity provider's user ids (UUIDs): nothing else reaches its URLs. */
    private static boolean subject(String path) {
        return path.matches("/users/[0-9a-fA-F-]{36}(/logout)?");
    }

    /** {@code https://host/realms/name} → {@code https://host/admin/realms/name}. */
    private String adminUrl() {
        int realms = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new Unavailable("The token endpoint answered " + response.statusCode(), null);
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        token = body.getString("access_token");
        // Renewed a little before it expires, so that a request never carries a token that lapses on the way.
        tokenExpires = Instant.now().plusSeconds(Math.max(0, body.getInt("expires_in", 60) - 30));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("The identity provider did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted", e);
        }
    }
}
