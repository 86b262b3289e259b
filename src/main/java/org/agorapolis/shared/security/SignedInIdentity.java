package org.agorapolis.shared.security;

import java.security.Principal;
import java.util.Optional;

import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * What the identity provider tells us about the person signed in. A participant is keyed by
 * issuer and subject, never by e-mail: addresses change hands, subjects do not.
 */
public record SignedInIdentity(String issuer, String subject, String displayName, String email, String locale) {

    public SignedInIdentity {
        requireText(issuer, "issuer");
        requireText(subject, "subject");
        displayName = displayName == null || displayName.isBlank() ? subject : displayName.strip();
    }

    /** The identity carried by an OIDC principal, or empty for any other principal (or none). */
    public static Optional<SignedInIdentity> of(Principal principal) {
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return Optional.empty();
        }
        JsonWebToken token = oidc.getOidcSecurityContext().getIDToken();
        if (token == null) {
            token = oidc.getOidcSecurityContext().getToken();
        }
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(new SignedInIdentity(token.getIssuer(), token.getSubject(),
                displayNameOf(token), token.getEmail(), token.getClaimValueAsString("locale")));
    }

    private static String displayNameOf(JsonWebToken token) {
        if (token.getName() != null && !token.getName().isBlank()) {
            return token.getName();
        }
        String given = token.getGivenName();
        if (given != null && !given.isBlank()) {
            return given;
        }
        return token.getPreferredUsername();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The identity token has no " + name);
        }
    }
}
