package org.agorapolis.shared.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: an anonymous visitor or a signed-in participant with their realm roles.
 * Policies decide on a viewer, never on raw request state.
 */
public record Viewer(Optional<Long> participantId, Set<String> roles) {

    public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer participant(long participantId, Set<String> roles) {
        return new Viewer(Optional.of(participantId), roles);
    }

    public boolean isSignedIn() {
        return participantId.isPresent();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Moderators and administrators set assemblies up and see them before they open. */
    public boolean canModerate() {
        return hasRole(Roles.MODERATOR) || hasRole(Roles.ADMIN);
    }

    /** Officials and administrators read the reports. */
    public boolean canReadReports() {
        return hasRole(Roles.OFFICIAL) || hasRole(Roles.ADMIN);
    }
}
