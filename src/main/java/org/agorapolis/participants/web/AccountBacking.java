package org.agorapolis.participants.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.participants.Participant;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.CurrentParticipant;

/** {@code /account/}: who I am for the platform. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    CurrentParticipant current;

    @Inject
    ParticipantService participants;

    private Participant participant;

    @PostConstruct
    void load() {
        participant = current.participantId().flatMap(participants::find).orElse(null);
    }

    public Participant getParticipant() {
        return participant;
    }
}
