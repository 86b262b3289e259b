package org.agorapolis.notices.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.notices.NoticeService;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.RequestParameters;

/** {@code /account/notices.xhtml}: what happened to my invitations, and whether I also want it by e-mail. */
@Named
@ViewScoped
public class NoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 30;
    private static final String VIEW = "/account/notices.xhtml?faces-redirect=true";

    @Inject
    transient NoticeService notices;

    @Inject
    CurrentParticipant current;

    private PageOf<NoticeService.Notice> page;
    private boolean emailOptIn;

    public void load() {
        page = notices.mine(current.viewer(), RequestParameters.number("page", 1), PAGE_SIZE);
        emailOptIn = notices.emailOptIn(current.viewer());
    }

    public String markAllRead() {
        return Messages.perform(() -> notices.markAllRead(current.viewer()), "notice.allRead", VIEW);
    }

    public String saveEmail() {
        boolean optIn = emailOptIn;
        return Messages.perform(() -> notices.setEmailOptIn(current.viewer(), optIn), optIn ? "notice.email.on" : "notice.email.off", VIEW);
    }

    public PageOf<NoticeService.Notice> getPage() {
        return page;
    }

    /** Links of the pager: the same page at another number. */
    public String pageLink(int number) {
        return "?page=" + number;
    }

    public boolean isEmailOptIn() {
        return emailOptIn;
    }

    public void setEmailOptIn(boolean emailOptIn) {
        this.emailOptIn = emailOptIn;
    }
}
