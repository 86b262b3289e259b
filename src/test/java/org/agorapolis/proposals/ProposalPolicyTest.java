package org.agorapolis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;

import org.agorapolis.shared.Decision;
import org.agorapolis.shared.security.Roles;
import org.agorapolis.shared.security.Viewer;
import org.junit.jupiter.api.Test;

class ProposalPolicyTest {

    private static final Viewer AUTHOR = Viewer.participant(7, Set.of(Roles.RESIDENT));
    private static final Viewer NEIGHBOUR = Viewer.participant(8, Set.of(Roles.RESIDENT));
    private static final Decision OPEN = Decision.ALLOWED;
    private static final Decision CLOSED = Decision.refuse("assembly.proposalsClosed");

    static Proposal proposal(ProposalStatus status, int supports) {
        Proposal proposal = new Proposal(1, 7, "Des bancs", "Des bancs sur la place du marché.", null);
        set(proposal, "status", status);
        set(proposal, "supports", supports);
        return proposal;
    }

    @Test
    void edit_isForTheAuthorUntilTheFirstSupport() {
        assertTrue(ProposalPolicy.edit(AUTHOR, proposal(ProposalStatus.PUBLISHED, 0), OPEN).isAllowed());
        assertEquals("proposal.alreadySupported", ProposalPolicy.edit(AUTHOR, proposal(ProposalStatus.PUBLISHED, 1), OPEN).refusal());
        assertEquals("proposal.notAuthor", ProposalPolicy.edit(NEIGHBOUR, proposal(ProposalStatus.PUBLISHED, 0), OPEN).refusal());
        assertEquals("proposal.notEditable", ProposalPolicy.edit(AUTHOR, proposal(ProposalStatus.WITHDRAWN, 0), OPEN).refusal());
        assertEquals("assembly.proposalsClosed", ProposalPolicy.edit(AUTHOR, proposal(ProposalStatus.PUBLISHED, 0), CLOSED).refusal());
    }

    @Test
    void withdraw_isForTheAuthorBeforeTheVote() {
        assertTrue(ProposalPolicy.withdraw(AUTHOR, proposal(ProposalStatus.PUBLISHED, 3), OPEN).isAllowed());
        assertTrue(ProposalPolicy.withdraw(AUTHOR, proposal(ProposalStatus.SELECTED, 30), OPEN).isAllowed());
        assertEquals("proposal.notWithdrawable", ProposalPolicy.withdraw(AUTHOR, proposal(ProposalStatus.WITHDRAWN, 0), OPEN).refusal());
        assertEquals("proposal.notWithdrawable", ProposalPolicy.withdraw(AUTHOR, proposal(ProposalStatus.ADOPTED, 0), OPEN).refusal());
        assertEquals("proposal.notAuthor", ProposalPolicy.withdraw(NEIGHBOUR, proposal(ProposalStatus.PUBLISHED, 0), OPEN).refusal());
    }

    @Test
    void support_isOncePerMemberOnSomeoneElsesLiveProposal() {
        assertTrue(ProposalPolicy.support(NEIGHBOUR, proposal(ProposalStatus.PUBLISHED, 0), OPEN, false).isAllowed());
        assertTrue(ProposalPolicy.support(NEIGHBOUR, proposal(ProposalStatus.SELECTED, 10), OPEN, false).isAllowed());
        assertEquals("support.alreadyGiven", ProposalPolicy.support(NEIGHBOUR, proposal(ProposalStatus.PUBLISHED, 1), OPEN, true).refusal());
        assertEquals("proposal.ownProposal", ProposalPolicy.support(AUTHOR, proposal(ProposalStatus.PUBLISHED, 0), OPEN, false).refusal());
        assertEquals("proposal.notSupportable", ProposalPolicy.support(NEIGHBOUR, proposal(ProposalStatus.WITHDRAWN, 0), OPEN, false).refusal());
        assertEquals("assembly.proposalsClosed", ProposalPolicy.support(NEIGHBOUR, proposal(ProposalStatus.PUBLISHED, 0), CLOSED, false).refusal());
    }

    @Test
    void withdrawSupport_needsASupportWhileTheAssemblyIsOpen() {
        assertTrue(ProposalPolicy.withdrawSupport(proposal(ProposalStatus.PUBLISHED, 1), OPEN, true).isAllowed());
        assertEquals("support.notGiven", ProposalPolicy.withdrawSupport(proposal(ProposalStatus.PUBLISHED, 1), OPEN, false).refusal());
        assertEquals("assembly.proposalsClosed", ProposalPolicy.withdrawSupport(proposal(ProposalStatus.PUBLISHED, 1), CLOSED, true).refusal());
    }

    @Test
    void order_unknownNamesFallBackToRandom() {
        assertEquals(ProposalOrder.MOST_SUPPORTED, ProposalOrder.parse("most_supported"));
        assertEquals(ProposalOrder.RANDOM, ProposalOrder.parse("'; drop table proposal; --"));
        assertEquals(ProposalOrder.RANDOM, ProposalOrder.parse(null));
    }

    private static void set(Proposal proposal, String field, Object value) {
        try {
            Field f = Proposal.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(proposal, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
