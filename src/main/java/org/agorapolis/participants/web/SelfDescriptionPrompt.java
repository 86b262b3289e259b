package org.agorapolis.participants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.CurrentParticipant;

/** Whether to offer the optional step "your neighbourhood, your age band" to the signed-in participant: until they answer or decline. */
@Named
@RequestScoped
public class SelfDescriptionPrompt {

    @Inject
    CurrentParticipant current;

    @Inject
    ParticipantService participants;

    private Boolean needed;

    public boolean isNeeded() {
        if (needed == null) {
            needed = current.participantId().map(participants::mayDescribe).orElse(false);
        }
        return needed;
    }
}
