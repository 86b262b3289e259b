package org.agorapolis.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's invitation secret, from {@code AGORAPOLIS_INVITATION_SECRET}: without it the
 * deployment fails, rather than issuing links that could not be shown again after a restart.
 */
@ApplicationScoped
public class InvitationSecret {

    @Inject
    @ConfigProperty(name = "agorapolis.invitation.secret")
    String secret;

    @Produces
    InvitationTokens tokens() {
        return new InvitationTokens(secret);
    }
}
