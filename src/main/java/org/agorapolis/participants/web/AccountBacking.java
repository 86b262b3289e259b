package org.agorapolis.participants.web;

import java.time.ZonedDateTime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.participants.Participant;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.town.Town;

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

    public ZonedDateTime getFirstSignIn() {
        return participant == null ? null : participant.getFirstSignInAt().atZone(Town.ZONE);
    }

    public ZonedDateTime getLastSignIn() {
        return participant == null ? null : participant.getLastSignInAt().atZone(Town.ZONE);
    }
}
