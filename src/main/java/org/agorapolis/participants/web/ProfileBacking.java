package org.agorapolis.participants.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.moderation.ItemKind;
import org.agorapolis.moderation.ModerationService;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;

/** {@code /participants/view.xhtml?id=}: a participant's public profile, which signed-in participants can report. */
@Named("profile")
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParticipantService participants;

    @Inject
    transient ModerationService moderation;

    @Inject
    CurrentParticipant current;

    private ParticipantService.Profile shown;
    private final org.agorapolis.moderation.web.FlagForm report = new org.agorapolis.moderation.web.FlagForm();

    public void load() {
        shown = RequestParameters.id("id").flatMap(participants::profile).orElse(null);
        if (shown == null) {
            Pages.notFound();
        }
    }

    /** Reports this profile (the profile of the page is the one reported; the server checks every rule again). */
    public String flag(long participantId) {
        return Messages.perform(() -> report.send(moderation, current.viewer(), ItemKind.PARTICIPANT, shown.id()),
                "moderation.flag.done", "/participants/view.xhtml?faces-redirect=true&id=" + shown.id());
    }

    /** Signed-in participants report other people's visible profiles. */
    public boolean isCanFlag() {
        return current.isSignedIn() && !shown.isHidden() && current.participantId().map(me -> me != shown.id()).orElse(false);
    }

    public ParticipantService.Profile getShown() {
        return shown;
    }

    /** The page's report form. */
    public org.agorapolis.moderation.web.FlagForm getReport() {
        return report;
    }
}
