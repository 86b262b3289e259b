package org.agorapolis.proposals;

import org.agorapolis.shared.Decision;
import org.agorapolis.shared.security.Viewer;

/**
 * Rules on one proposal, given the assembly-level decision (member of an open assembly). The
 * author edits the text only until the first support, and withdraws it while it is still before
 * the vote; members support other people's proposals, once each.
 */
public final class ProposalPolicy {

    private ProposalPolicy() {
    }

    public static boolean isAuthor(Viewer viewer, Proposal proposal) {
        return viewer.participantId().map(id -> id == proposal.getAuthorId()).orElse(false);
    }

    public static Decision edit(Viewer viewer, Proposal proposal, Decision inAssembly) {
        if (!isAuthor(viewer, proposal)) {
            return Decision.refuse("proposal.notAuthor");
        }
        if (proposal.getStatus() != ProposalStatus.PUBLISHED) {
            return Decision.refuse("proposal.notEditable");
        }
        if (proposal.getSupports() > 0) {
            return Decision.refuse("proposal.alreadySupported");
        }
        if (proposal.isHidden()) {
            return Decision.refuse("proposal.hiddenNoEdit");
        }
        return inAssembly;
    }

    public static Decision withdraw(Viewer viewer, Proposal proposal, Decision inAssembly) {
        if (!isAuthor(viewer, proposal)) {
            return Decision.refuse("proposal.notAuthor");
        }
        if (!proposal.getStatus().takesSupports()) {
            return Decision.refuse("proposal.notWithdrawable");
        }
        return inAssembly;
    }

    public static Decision support(Viewer viewer, Proposal proposal, Decision inAssembly, boolean supported) {
        if (!inAssembly.isAllowed()) {
            return inAssembly;
        }
        if (isAuthor(viewer, proposal)) {
            return Decision.refuse("proposal.ownProposal");
        }
        if (!proposal.getStatus().takesSupports()) {
            return Decision.refuse("proposal.notSupportable");
        }
        return supported ? Decision.refuse("support.alreadyGiven") : Decision.ALLOWED;
    }

    public static Decision withdrawSupport(Proposal proposal, Decision inAssembly, boolean supported) {
        if (!inAssembly.isAllowed()) {
            return inAssembly;
        }
        if (!proposal.getStatus().takesSupports()) {
            return Decision.refuse("proposal.notSupportable");
        }
        return supported ? Decision.ALLOWED : Decision.refuse("support.notGiven");
    }
}
