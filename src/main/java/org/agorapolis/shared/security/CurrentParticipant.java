package org.agorapolis.shared.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The participant behind the current request, as pages and services see it. Roles are the realm
 * roles of the identity provider; the participant id is the one recorded at sign-in.
 */
@Named
@RequestScoped
public class CurrentParticipant {

    /** Session attribute holding the id of the participant recorded at sign-in. */
    public static final String PARTICIPANT_ID = "agorapolis.participantId";

    /** Request attribute of an API call: how to find the bearer token's participant, when first needed. */
    public static final String PARTICIPANT_LOOKUP = "agorapolis.participantLookup";

    @Inject
    HttpServletRequest request;

    private Viewer viewer;

    public Viewer viewer() {
        if (viewer == null) {
            viewer = isSignedIn() ? new Viewer(participantId(), roles()) : Viewer.ANONYMOUS;
        }
        return viewer;
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public Optional<SignedInIdentity> identity() {
        return SignedInIdentity.of(request.getUserPrincipal());
    }

    public String getDisplayName() {
        return identity().map(SignedInIdentity::displayName).orElse("");
    }

    public Optional<Long> participantId() {
        if (request.getAttribute(PARTICIPANT_ID) instanceof Long fromToken && isSignedIn()) {
            return Optional.of(fromToken); // an API call: no session, the bearer token's participant
        }
        if (request.getAttribute(PARTICIPANT_LOOKUP) instanceof java.util.function.Supplier<?> lookup && isSignedIn()) {
            Long found = (Long) lookup.get();
            request.setAttribute(PARTICIPANT_ID, found);
            request.removeAttribute(PARTICIPANT_LOOKUP);
            return Optional.of(found);
        }
        HttpSession session = request.getSession(false);
        if (session == null || !isSignedIn()) {
            return Optional.empty();
        }
        return Optional.ofNullable((Long) session.getAttribute(PARTICIPANT_ID));
    }

    /** The known realm roles this participant holds, in the order of {@link Roles#ALL}. */
    public Set<String> roles() {
        Set<String> held = new LinkedHashSet<>();
        for (String role : Roles.ALL) {
            if (request.isUserInRole(role)) {
                held.add(role);
            }
        }
        return held;
    }

    public List<String> getRoles() {
        return List.copyOf(roles());
    }

    public boolean isModerator() {
        return viewer().canModerate();
    }

    public boolean isReportReader() {
        return viewer().canReadReports();
    }

    public boolean isAdmin() {
        return viewer().hasRole(Roles.ADMIN);
    }
}
