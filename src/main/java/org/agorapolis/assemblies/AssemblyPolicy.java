package org.agorapolis.assemblies;

import org.agorapolis.shared.Decision;
import org.agorapolis.shared.security.Viewer;

/**
 * Who may do what in an assembly. Moderators and administrators see every assembly, drafts
 * included. Others see public assemblies once they have left the draft phase, and assemblies by
 * invitation only when they are members. Only members contribute; proposals and supports while
 * the assembly is open, comments while it is open or voting.
 */
public final class AssemblyPolicy {

    private AssemblyPolicy() {
    }

    public static boolean canSee(Viewer viewer, Phase phase, Visibility visibility, boolean member) {
        if (viewer.canModerate()) {
            return true;
        }
        if (phase == Phase.DRAFT) {
            return false;
        }
        return visibility == Visibility.PUBLIC || member;
    }

    public static boolean canSee(Viewer viewer, Assembly assembly, boolean member) {
        return canSee(viewer, assembly.getPhase(), assembly.getVisibility(), member);
    }

    /** Signed-in residents join public assemblies that are open or voting; by invitation needs an invitation. */
    public static Decision join(Viewer viewer, Assembly assembly, boolean member) {
        if (!viewer.isSignedIn()) {
            return Decision.refuse("assembly.signInFirst");
        }
        if (member) {
            return Decision.refuse("assembly.alreadyMember");
        }
        if (assembly.getVisibility() != Visibility.PUBLIC) {
            return Decision.refuse("assembly.byInvitationOnly");
        }
        if (assembly.getPhase() != Phase.OPEN && assembly.getPhase() != Phase.VOTING) {
            return Decision.refuse("assembly.notJoinable");
        }
        return Decision.ALLOWED;
    }

    public static Decision leave(Viewer viewer, boolean member) {
        return viewer.isSignedIn() && member ? Decision.ALLOWED : Decision.refuse("assembly.notMember");
    }

    public static Decision follow(Viewer viewer, Assembly assembly, boolean member) {
        if (!viewer.isSignedIn()) {
            return Decision.refuse("assembly.signInFirst");
        }
        return canSee(viewer, assembly, member) ? Decision.ALLOWED : Decision.refuse("assembly.notFound");
    }

    /** Submit a proposal, support one, withdraw a support. */
    public static Decision propose(Viewer viewer, Assembly assembly, boolean member) {
        if (!member) {
            return Decision.refuse(viewer.isSignedIn() ? "assembly.membersOnly" : "assembly.signInFirst");
        }
        return assembly.isOpenForProposals() ? Decision.ALLOWED : Decision.refuse("assembly.proposalsClosed");
    }

    public static Decision comment(Viewer viewer, Assembly assembly, boolean member) {
        if (!member) {
            return Decision.refuse(viewer.isSignedIn() ? "assembly.membersOnly" : "assembly.signInFirst");
        }
        return assembly.isOpenForDebate() ? Decision.ALLOWED : Decision.refuse("assembly.debateClosed");
    }
}
