package org.agorapolis.shared.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address residents reach the application at, for links that leave it (invitations, QR codes,
 * posters, e-mail). Behind a proxy, {@code AGORAPOLIS_PUBLIC_URL} says it (for example
 * {@code https://participer.belleville.fr}); without it, links use the address of the request.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "agorapolis.public.url")
    Optional<String> configured;

    /** The configured address without a trailing slash, if any. */
    public Optional<String> configured() {
        return configured.map(String::strip).filter(url -> !url.isEmpty()).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The configured address, or the one this request came in at. */
    public String of(HttpServletRequest request) {
        return configured().orElseGet(() -> Requests.baseUrl(request));
    }
}
