package org.agorapolis.invitations.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.invitations.InvitationService;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;

/** {@code /invitations/welcome.xhtml}: who invites, to what, and one action: join. */
@Named
@ViewScoped
public class WelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationService invitations;

    @Inject
    CurrentParticipant current;

    @Inject
    CurrentVisit visit;

    private InvitationOpening.Opened opened;
    private InvitationService.Preview preview;

    public void load() {
        opened = (InvitationOpening.Opened) FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(InvitationOpening.OPENED);
        preview = opened == null ? null : invitations.preview(opened.token()).orElse(null);
    }

    public String join() {
        try {
            long assembly = invitations.redeem(current.viewer(), opened.token(), opened.channel(), opened.at(), visit.visit());
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(InvitationOpening.OPENED);
            Messages.info("invitation.joined");
            return Pages.reload("/assemblies/view.xhtml", assembly);
        } catch (DomainException refused) {
            Messages.refused(refused);
            return null;
        }
    }

    public boolean isValid() {
        return preview != null;
    }

    public InvitationService.Preview getPreview() {
        return preview;
    }

    public Optional<Instant> nextMeeting() {
        return preview.nextMeeting();
    }
}
