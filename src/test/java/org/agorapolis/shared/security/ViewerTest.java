package org.agorapolis.shared.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ViewerTest {

    @Test
    void anonymousVisitorsHoldNoRight() {
        assertFalse(Viewer.ANONYMOUS.isSignedIn());
        assertFalse(Viewer.ANONYMOUS.canModerate());
        assertFalse(Viewer.ANONYMOUS.canReadReports());
    }

    @Test
    void moderationIsForModeratorsAndAdminsOnly() {
        assertTrue(Viewer.participant(1, Set.of(Roles.MODERATOR)).canModerate());
        assertTrue(Viewer.participant(1, Set.of(Roles.ADMIN)).canModerate());
        assertFalse(Viewer.participant(1, Set.of(Roles.RESIDENT)).canModerate());
        assertFalse(Viewer.participant(1, Set.of(Roles.OFFICIAL)).canModerate());
    }

    @Test
    void reportsAreForOfficialsAndAdminsOnly() {
        assertTrue(Viewer.participant(1, Set.of(Roles.OFFICIAL)).canReadReports());
        assertTrue(Viewer.participant(1, Set.of(Roles.ADMIN)).canReadReports());
        assertFalse(Viewer.participant(1, Set.of(Roles.RESIDENT)).canReadReports());
        assertFalse(Viewer.participant(1, Set.of(Roles.MODERATOR)).canReadReports());
    }

    @Test
    void rolesCannotBeChangedAfterwards() {
        Set<String> roles = new java.util.HashSet<>(Set.of(Roles.RESIDENT));
        Viewer viewer = Viewer.participant(1, roles);

        roles.add(Roles.ADMIN);

        assertFalse(viewer.canModerate());
    }
}
