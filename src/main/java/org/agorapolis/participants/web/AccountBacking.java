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
        if (participant != null) {
            ParticipantService.SelfDescription described = participants.description(participant.getId());
            neighbourhood = described.getNeighbourhood();
            ageBand = described.getAgeBand();
        }
    }

    @Inject
    org.agorapolis.town.TownService town;

    private String neighbourhood = "";
    private String ageBand = "";

    /** Saves the optional answers for the reach reports (each may be left empty or declined). */
    public String describe() {
        return org.agorapolis.shared.web.Messages.perform(() -> participants.describe(current.participantId().orElseThrow(), neighbourhood, ageBand),
                "describe.saved", "/account/index.xhtml?faces-redirect=true");
    }

    public java.util.List<org.agorapolis.town.Neighbourhood> getNeighbourhoods() {
        return town.neighbourhoods();
    }

    /** An age band as residents read it: "de 15 à 29 ans", "75 ans et plus". */
    public String label(org.agorapolis.town.AgeBand band) {
        return band.isOpenEnded() ? org.agorapolis.shared.web.Messages.text("ageBand.openEnded", band.minAge())
                : org.agorapolis.shared.web.Messages.text("ageBand.closed", band.minAge(), band.maxAge());
    }

    public java.util.List<org.agorapolis.town.AgeBand> getAgeBands() {
        return town.ageBands();
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(String ageBand) {
        this.ageBand = ageBand;
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
