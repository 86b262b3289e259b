package org.agorapolis.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTTP client that signs in through the real Keycloak login form, as a browser would, but
 * without one: for integration tests that need many sign-ins quickly.
 */
public final class SignedInClient {

    private static final int MAX_REDIRECTS = 15;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String appUrl;
    private URI pendingReturn;

    private SignedInClient(String appUrl) {
        this.appUrl = appUrl;
    }

    /** Signs in with the account's user name (or e-mail) and password; fails if the login form refuses them. */
    public static SignedInClient signIn(Stack stack, String login, String password) throws IOException, InterruptedException {
        SignedInClient client = authenticate(stack, login, password);
        client.returnToApplication();
        return client;
    }

    /**
     * Signs in at Keycloak but stops before the browser would come back to the application with
     * its authorization code: the application has not seen this sign-in yet.
     */
    public static SignedInClient authenticate(Stack stack, String login, String password) throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient(stack.appUrl());
        HttpResponse<String> loginPage = client.follow(client.request(URI.create(stack.appUrl() + "/signin?next=/account/")).GET().build(), false);
        Document form = Jsoup.parse(loginPage.body(), loginPage.uri().toString());
        Element kcForm = form.selectFirst("form#kc-form-login");
        if (kcForm == null) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri() + " (status " + loginPage.statusCode() + ")");
        }
        String body = KeycloakAdmin.form(Map.of("username", login, "password", password, "credentialId", ""));
        HttpResponse<String> landed = client.follow(client.request(URI.create(kcForm.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), true);
        URI back = landed.headers().firstValue("Location").map(landed.uri()::resolve).orElse(landed.uri());
        if (!back.toString().startsWith(stack.appUrl())) {
            Element error = Jsoup.parse(landed.body()).selectFirst("#input-error, .kc-feedback-text, [class*=alert], [class*=danger]");
            throw new IllegalStateException("Sign-in of " + login + " did not come back to the application (" + landed.statusCode()
                    + " " + landed.uri() + "): " + (error == null ? "no message" : error.text()));
        }
        client.pendingReturn = back;
        return client;
    }

    /** Comes back to the application with the authorization code, which signs the person in there. */
    public HttpResponse<String> returnToApplication() throws IOException, InterruptedException {
        if (pendingReturn == null) {
            throw new IllegalStateException("Not authenticated at Keycloak, or already back");
        }
        HttpResponse<String> landed = follow(request(pendingReturn).GET().build(), false);
        pendingReturn = null;
        return landed;
    }

    /**
     * Submits a Faces form of the page as a browser would: every field of the form with its
     * current value, the given values over them, and the button pressed.
     *
     * @param formId   the form's client id (for example {@code support})
     * @param button   the pressed button's client id (for example {@code support:give})
     * @param values   field values by client id, replacing those of the page
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> values)
            throws IOException, InterruptedException {
        HttpResponse<String> response = post(page, formId, button, values);
        if (response.statusCode() / 100 != 3) {
            return response;
        }
        return follow(request(response.uri().resolve(response.headers().firstValue("Location").orElseThrow())).GET().build(), false);
    }

    /** Posts a form of the page like {@link #submit}, without following the redirect that answers it. */
    public HttpResponse<String> post(HttpResponse<String> page, String formId, String button, Map<String, String> values)
            throws IOException, InterruptedException {
        return send(form(page, formId, button, values));
    }

    /** Sends a request prepared by {@link #form}, without following a redirect. */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The request a browser would send for this form of the page, the button pressed: read the page once, send it later. */
    public HttpRequest form(HttpResponse<String> page, String formId, String button, Map<String, String> values) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.selectFirst("form[id=" + formId + "]");
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri());
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if ("submit".equals(type) || "button".equals(type)) {
                continue;
            }
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                continue; // as a browser: only ticked boxes and the chosen radio button are sent
            }
            String value = input.tagName().equals("textarea") ? input.text()
                    : input.tagName().equals("select") ? selected(input) : input.val();
            fields.put(input.attr("name"), value);
        }
        fields.putAll(values);
        fields.put(button, "x");
        return formRequest(URI.create(form.absUrl("action")), fields);
    }

    /**
     * Submits a form with a file, as a browser sends a {@code multipart/form-data} form: the page's
     * fields, the given values over them, the file under its field name, the button pressed; follows
     * the redirect that answers it.
     */
    public HttpResponse<String> submitFile(HttpResponse<String> page, String formId, String button, Map<String, String> values, String fileField,
                                           String fileName, byte[] content) throws IOException, InterruptedException {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.selectFirst("form[id=" + formId + "]");
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri());
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!"submit".equals(input.attr("type")) && !"file".equals(input.attr("type"))) {
                fields.put(input.attr("name"), input.val());
            }
        }
        fields.putAll(values);
        fields.put(button, "x");
        String boundary = "----agorapolis" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request(URI.create(form.absUrl("action"))).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 3) {
            return response;
        }
        return follow(request(response.uri().resolve(response.headers().firstValue("Location").orElseThrow())).GET().build(), false);
    }

    /** A form post with these fields, as this person sends it. */
    public HttpRequest formRequest(URI action, Map<String, String> fields) {
        return request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakAdmin.form(fields))).build();
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option == null ? "" : option.val();
    }

    /** GET a path of the application with this session. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(URI.create(appUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET a path of the application with this session, as bytes (images, PDF). */
    public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(URI.create(appUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET a path and follow redirects, as a browser would after a form. */
    public HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return follow(request(URI.create(appUrl + path)).GET().build(), false);
    }

    /**
     * The address this person browses from, as the application's trusted loopback proxy reports it
     * ({@code X-Forwarded-For}): each client gets its own, as people on their own connections do.
     */
    private String address = "198.51." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);

    /** Browses from the given address from now on (people sharing a connection). */
    public SignedInClient from(String address) {
        this.address = address;
        return this;
    }

    /** Where the mobile client's authorization codes are sent (never followed here). */
    public static final String MOBILE_REDIRECT = "org.agorapolis.app:/oauth2redirect";

    /**
     * An access token of the mobile client for the person signed in, as a phone app gets it:
     * authorization code with PKCE on the Keycloak session this client already holds.
     */
    public String accessToken(Stack stack) throws IOException, InterruptedException {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String verifier = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge;
        try {
            challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String redirect = java.net.URLEncoder.encode(MOBILE_REDIRECT, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> authorized = http.send(request(URI.create(stack.realmUrl() + "/protocol/openid-connect/auth?client_id=agorapolis-mobile"
                + "&response_type=code&scope=openid&state=s&redirect_uri=" + redirect + "&code_challenge=" + challenge + "&code_challenge_method=S256"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String location = authorized.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Keycloak gave no code (" + authorized.statusCode() + "): " + authorized.body()));
        String code = java.util.Arrays.stream(URI.create(location).getRawQuery().split("&")).filter(p -> p.startsWith("code=")).findFirst()
                .map(p -> java.net.URLDecoder.decode(p.substring(5), java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("no code in " + location));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakAdmin.form(Map.of("grant_type", "authorization_code", "client_id", "agorapolis-mobile",
                        "code", code, "redirect_uri", MOBILE_REDIRECT, "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("token refused (" + token.statusCode() + "): " + token.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(token.body()).get("access_token").asText();
    }

    private HttpRequest.Builder request(URI uri) {
        // A browser's Accept: the server tells a page visit (sent to sign in) from an API call (answered 401).
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").header("X-Forwarded-For", address);
    }

    /** Follows redirects; with {@code stopAtApplication}, not the one that leads back to the application. */
    private HttpResponse<String> follow(HttpRequest first, boolean stopAtApplication) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(first, HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (stopAtApplication && next.toString().startsWith(appUrl)) {
                return response;
            }
            response = http.send(request(next).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }
}
