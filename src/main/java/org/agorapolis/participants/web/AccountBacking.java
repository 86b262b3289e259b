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
    private String about;

    @PostConstruct
    void load() {
        participant = current.participantId().flatMap(participants::find).orElse(null);
        about = participant == null ? "" : participant.getAbout();
    }

    /** Saves the words shown on the participant's public profile. */
    public String saveAbout() {
        return org.agorapolis.shared.web.Messages.perform(() -> participants.writeAbout(current.participantId().orElseThrow(), about),
                "profile.about.saved", "/account/index.xhtml?faces-redirect=true");
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public Participant getParticipant() {
        return participant;
    }
}
