package org.agorapolis.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the JSON API as a mobile client does: a bearer token, JSON, no cookie. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private final String appUrl;
    private final String token;
    private String language = "fr";

    public ApiClient(Stack stack, String token) {
        this.appUrl = stack.appUrl();
        this.token = token;
    }

    /** The same token, answers in another language. */
    public ApiClient inLanguage(String language) {
        ApiClient other = new ApiClient(appUrl, token);
        other.language = language;
        return other;
    }

    private ApiClient(String appUrl, String token) {
        this.appUrl = appUrl;
        this.token = token;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(appUrl + path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Accept-Language", language);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
