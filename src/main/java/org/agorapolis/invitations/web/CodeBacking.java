package org.agorapolis.invitations.web;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.invitations.Channel;
import org.agorapolis.invitations.InvitationService;
import org.agorapolis.shared.web.Messages;

/** {@code /invitations/code.xhtml}: typing the short code of a printed coupon. */
@Named
@RequestScoped
public class CodeBacking {

    /** Wrong codes allowed per visit: the codes hold 50 bits, this keeps guessing hopeless. */
    static final int ATTEMPTS = 10;
    private static final String FAILURES = "agorapolis.invitation.codeFailures";

    @Inject
    InvitationService invitations;

    @Inject
    org.agorapolis.invitations.InvitationGuard guard;

    @Inject
    CurrentVisit visit;

    @Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    private String code;

    public String open() {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        int failures = (Integer) session.getOrDefault(FAILURES, 0);
        if (failures >= ATTEMPTS || guard.tooManyCodeMisses(visit.visit())) {
            Messages.refusedKey("invitation.code.tooManyAttempts");
            return null;
        }
        var token = invitations.tokenForCode(code);
        if (token.isEmpty()) {
            session.put(FAILURES, failures + 1);
            guard.codeMiss(current.participantId().orElse(null), visit.visit());
            Messages.refusedKey("invitation.code.unknown");
            return null;
        }
        session.put(InvitationOpening.OPENED, new InvitationOpening.Opened(token.get(), Channel.COUPON, Instant.now()));
        return "/invitations/welcome.xhtml?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
