package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.agorapolis.shared.security.Roles;
import org.agorapolis.shared.security.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssemblyPolicyTest {

    private static final Viewer RESIDENT = Viewer.participant(1, Set.of(Roles.RESIDENT));
    private static final Viewer OFFICIAL = Viewer.participant(2, Set.of(Roles.RESIDENT, Roles.OFFICIAL));
    private static final Viewer MODERATOR = Viewer.participant(3, Set.of(Roles.RESIDENT, Roles.MODERATOR));
    private static final Viewer ADMIN = Viewer.participant(4, Set.of(Roles.ADMIN));

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"OPEN", "VOTING", "CLOSED"})
    void canSee_publicAssemblyPastDraftIsForEveryone(Phase phase) {
        assertTrue(AssemblyPolicy.canSee(Viewer.ANONYMOUS, phase, Visibility.PUBLIC));
        assertTrue(AssemblyPolicy.canSee(RESIDENT, phase, Visibility.PUBLIC));
        assertTrue(AssemblyPolicy.canSee(OFFICIAL, phase, Visibility.PUBLIC));
    }

    @Test
    void canSee_draftIsHiddenFromVisitorsResidentsAndOfficials() {
        assertFalse(AssemblyPolicy.canSee(Viewer.ANONYMOUS, Phase.DRAFT, Visibility.PUBLIC));
        assertFalse(AssemblyPolicy.canSee(RESIDENT, Phase.DRAFT, Visibility.PUBLIC));
        assertFalse(AssemblyPolicy.canSee(OFFICIAL, Phase.DRAFT, Visibility.PUBLIC));
    }

    @Test
    void canSee_assemblyByInvitationIsHiddenFromNonMembers() {
        assertFalse(AssemblyPolicy.canSee(Viewer.ANONYMOUS, Phase.OPEN, Visibility.BY_INVITATION));
        assertFalse(AssemblyPolicy.canSee(RESIDENT, Phase.OPEN, Visibility.BY_INVITATION));
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void canSee_moderatorsAndAdminsSeeEveryAssembly(Phase phase) {
        for (Visibility visibility : Visibility.values()) {
            assertTrue(AssemblyPolicy.canSee(MODERATOR, phase, visibility));
            assertTrue(AssemblyPolicy.canSee(ADMIN, phase, visibility));
        }
    }
}
