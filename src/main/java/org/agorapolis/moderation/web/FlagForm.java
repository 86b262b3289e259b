package org.agorapolis.moderation.web;

import java.io.Serializable;

import org.agorapolis.moderation.FlagReason;
import org.agorapolis.moderation.ItemKind;
import org.agorapolis.moderation.ModerationService;
import org.agorapolis.shared.security.Viewer;

/**
 * What the shared report form ({@code flag-form.xhtml}) holds on a page: the reason chosen and the
 * few words given. One form is posted at a time, so a page needs one of these whatever the number of
 * items it lets people report.
 */
public class FlagForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;
    private String details;

    /** Sends the report; the service checks every rule again. */
    public void send(ModerationService moderation, Viewer viewer, ItemKind kind, long itemId) {
        moderation.flag(viewer, kind, itemId, FlagReason.parse(reason), details);
    }

    public FlagReason[] getReasons() {
        return FlagReason.values();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
