package org.agorapolis.stack;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cookies for a test client that talks only to servers on localhost. Keycloak marks some cookies
 * {@code Secure}; browsers send those to {@code http://localhost} (a secure context), but the
 * JDK's {@code CookieManager} would not — so this store sends every cookie back, by name.
 * Application and Keycloak cookies have distinct names, so sharing one store is safe.
 */
final class LoopbackCookies extends CookieHandler {

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        return Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.getMaxAge() == 0) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    }
                }
            }
        });
    }
}
