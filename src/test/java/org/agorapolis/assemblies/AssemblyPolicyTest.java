package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.agorapolis.shared.NotAllowedException;
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

    static Assembly assembly(Phase phase, Visibility visibility) {
        Assembly assembly = new Assembly("Jardins", "Résumé", visibility);
        if (phase != Phase.DRAFT) {
            assembly.enter(phase);
        }
        return assembly;
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"OPEN", "VOTING", "CLOSED"})
    void canSee_publicAssemblyPastDraftIsForEveryone(Phase phase) {
        assertTrue(AssemblyPolicy.canSee(Viewer.ANONYMOUS, phase, Visibility.PUBLIC, false));
        assertTrue(AssemblyPolicy.canSee(RESIDENT, phase, Visibility.PUBLIC, false));
        assertTrue(AssemblyPolicy.canSee(OFFICIAL, phase, Visibility.PUBLIC, false));
    }

    @Test
    void canSee_draftIsHiddenFromEveryoneButModerators() {
        assertFalse(AssemblyPolicy.canSee(Viewer.ANONYMOUS, Phase.DRAFT, Visibility.PUBLIC, false));
        assertFalse(AssemblyPolicy.canSee(RESIDENT, Phase.DRAFT, Visibility.PUBLIC, true));
        assertFalse(AssemblyPolicy.canSee(OFFICIAL, Phase.DRAFT, Visibility.PUBLIC, false));
    }

    @Test
    void canSee_assemblyByInvitationIsForItsMembersOnly() {
        assertFalse(AssemblyPolicy.canSee(Viewer.ANONYMOUS, Phase.OPEN, Visibility.BY_INVITATION, false));
        assertFalse(AssemblyPolicy.canSee(RESIDENT, Phase.OPEN, Visibility.BY_INVITATION, false));
        assertTrue(AssemblyPolicy.canSee(RESIDENT, Phase.OPEN, Visibility.BY_INVITATION, true));
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void canSee_moderatorsAndAdminsSeeEveryAssembly(Phase phase) {
        for (Visibility visibility : Visibility.values()) {
            assertTrue(AssemblyPolicy.canSee(MODERATOR, phase, visibility, false));
            assertTrue(AssemblyPolicy.canSee(ADMIN, phase, visibility, false));
        }
    }

    @Test
    void join_isForSignedInResidentsOfAPublicOpenOrVotingAssembly() {
        assertTrue(AssemblyPolicy.join(RESIDENT, assembly(Phase.OPEN, Visibility.PUBLIC), false).isAllowed());
        assertTrue(AssemblyPolicy.join(RESIDENT, assembly(Phase.VOTING, Visibility.PUBLIC), false).isAllowed());
        assertEquals("assembly.signInFirst", AssemblyPolicy.join(Viewer.ANONYMOUS, assembly(Phase.OPEN, Visibility.PUBLIC), false).refusal());
        assertEquals("assembly.alreadyMember", AssemblyPolicy.join(RESIDENT, assembly(Phase.OPEN, Visibility.PUBLIC), true).refusal());
        assertEquals("assembly.byInvitationOnly", AssemblyPolicy.join(RESIDENT, assembly(Phase.OPEN, Visibility.BY_INVITATION), false).refusal());
        assertEquals("assembly.notJoinable", AssemblyPolicy.join(RESIDENT, assembly(Phase.CLOSED, Visibility.PUBLIC), false).refusal());
    }

    @Test
    void propose_isForMembersWhileTheAssemblyIsOpen() {
        assertTrue(AssemblyPolicy.propose(RESIDENT, assembly(Phase.OPEN, Visibility.PUBLIC), true).isAllowed());
        assertEquals("assembly.membersOnly", AssemblyPolicy.propose(RESIDENT, assembly(Phase.OPEN, Visibility.PUBLIC), false).refusal());
        assertEquals("assembly.signInFirst", AssemblyPolicy.propose(Viewer.ANONYMOUS, assembly(Phase.OPEN, Visibility.PUBLIC), false).refusal());
        assertEquals("assembly.proposalsClosed", AssemblyPolicy.propose(RESIDENT, assembly(Phase.VOTING, Visibility.PUBLIC), true).refusal());
        assertEquals("assembly.membersOnly", AssemblyPolicy.propose(MODERATOR, assembly(Phase.OPEN, Visibility.PUBLIC), false).refusal(),
                "moderating is not membership");
    }

    @Test
    void comment_isForMembersWhileOpenOrVoting() {
        assertTrue(AssemblyPolicy.comment(RESIDENT, assembly(Phase.OPEN, Visibility.BY_INVITATION), true).isAllowed());
        assertTrue(AssemblyPolicy.comment(RESIDENT, assembly(Phase.VOTING, Visibility.PUBLIC), true).isAllowed());
        assertEquals("assembly.debateClosed", AssemblyPolicy.comment(RESIDENT, assembly(Phase.CLOSED, Visibility.PUBLIC), true).refusal());
        assertEquals("assembly.membersOnly", AssemblyPolicy.comment(RESIDENT, assembly(Phase.OPEN, Visibility.BY_INVITATION), false).refusal());
    }

    @Test
    void enter_movesForwardOnly() {
        Assembly assembly = assembly(Phase.VOTING, Visibility.PUBLIC);

        assertThrows(NotAllowedException.class, () -> assembly.enter(Phase.OPEN));
        assertThrows(NotAllowedException.class, () -> assembly.enter(Phase.VOTING));
        assembly.enter(Phase.CLOSED);
        assertEquals(Phase.CLOSED, assembly.getPhase());
    }
}
