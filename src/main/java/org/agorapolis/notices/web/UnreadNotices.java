package org.agorapolis.notices.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.notices.NoticeService;
import org.agorapolis.shared.security.CurrentParticipant;

/** The number beside "Notices" in the header: counted once per request, and only for signed-in participants. */
@Named
@RequestScoped
public class UnreadNotices {

    @Inject
    NoticeService notices;

    @Inject
    CurrentParticipant current;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = current.isSignedIn() ? notices.unread(current.viewer()) : 0L;
        }
        return count;
    }
}
