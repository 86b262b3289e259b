package org.agorapolis.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.AssemblyModerators;
import org.agorapolis.shared.security.CurrentParticipant;

/** Whether the header offers "Administration": to whoever moderates something, asked once a request. */
@Named
@RequestScoped
public class AdminArea {

    @Inject
    AssemblyModerators moderators;

    @Inject
    CurrentParticipant current;

    private Boolean open;

    public boolean isOpen() {
        if (open == null) {
            open = current.isSignedIn() && moderators.moderatesAny(current.viewer());
        }
        return open;
    }
}
