package org.agorapolis.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.agorapolis.shared.ContributionMade;

/** Once a contribution is committed, records it as the invitee's first (if it is) and refills the inviter. */
@ApplicationScoped
public class InvitationRefills {

    @Inject
    InvitationService invitations;

    void onContribution(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContributionMade contribution) {
        invitations.recordFirstContribution(contribution.assemblyId(), contribution.participantId());
    }
}
