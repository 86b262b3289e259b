package org.agorapolis.shared.api;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.security.SignedInIdentity;

/**
 * Every API call but the description carries a Keycloak bearer token, which the container has
 * checked (signature, issuer, expiry, audience). A session cookie alone is refused — another site
 * could make the browser send it. The token's person is found (or recorded, on a first call) as a
 * participant for the request only, when the call first needs it.
 */
@Provider
public class ApiGuard implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Inject
    ParticipantService participants;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        if (context.getUriInfo().getPath().replaceFirst("^/", "").equals("openapi.json")) {
            return;
        }
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        var identity = SignedInIdentity.of(request.getUserPrincipal());
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || identity.isEmpty()) {
            context.abortWith(ApiErrors.response(Response.Status.UNAUTHORIZED, "api.bearerRequired", context.getAcceptableLanguages())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"agorapolis\"").build());
            return;
        }
        // Found when first needed, inside the call's own transaction: one transaction per call, not two.
        SignedInIdentity caller = identity.get();
        request.setAttribute(CurrentParticipant.PARTICIPANT_LOOKUP, (java.util.function.Supplier<Long>) () -> participants.participantOf(caller));
    }
}
