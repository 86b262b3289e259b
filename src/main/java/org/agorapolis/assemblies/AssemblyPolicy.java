package org.agorapolis.assemblies;

import org.agorapolis.shared.security.Viewer;

/**
 * Who may see an assembly. Drafts and assemblies by invitation are for moderators and
 * administrators (and, once membership exists, for their members); public assemblies that have
 * opened are for everyone, signed in or not.
 */
public final class AssemblyPolicy {

    private AssemblyPolicy() {
    }

    public static boolean canSee(Viewer viewer, Phase phase, Visibility visibility) {
        if (viewer.canModerate()) {
            return true;
        }
        return phase != Phase.DRAFT && visibility == Visibility.PUBLIC;
    }

    public static boolean canSee(Viewer viewer, Assembly assembly) {
        return canSee(viewer, assembly.getPhase(), assembly.getVisibility());
    }
}
