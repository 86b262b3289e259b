package org.agorapolis.invitations.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.agorapolis.invitations.Channel;
import org.agorapolis.invitations.InvitationService;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;

/** {@code /invitations/mine.xhtml?assembly=}: my quota, my personal link and how to share it, the people I invited. */
@Named
@ViewScoped
public class MyInvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/invitations/mine.xhtml";

    @Inject
    transient org.agorapolis.shared.web.PublicAddress publicAddress;

    @Inject
    transient InvitationService invitations;

    @Inject
    CurrentParticipant current;

    @Inject
    CurrentVisit visit;

    @Inject
    transient org.agorapolis.invitations.InvitationGuard guard;

    private long assemblyId;
    private InvitationService.Mine mine;
    private String message;
    private java.util.List<InvitationService.Coupon> coupons = java.util.List.of();
    private int couponCount = 4;

    public void load() {
        try {
            assemblyId = RequestParameters.id("assembly").orElseThrow(() -> new NotFoundException("assembly.notFound"));
            mine = invitations.mine(current.viewer(), assemblyId);
            message = mine.message();
            coupons = invitations.coupons(current.viewer(), assemblyId);
            guard.seen(current.participantId().orElseThrow(), visit.visit());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (DomainException refused) {
            Messages.refused(refused);
        }
    }

    public String issue() {
        return Messages.perform(() -> invitations.issueLink(current.viewer(), assemblyId, message, visit.visit()),
                mine != null && mine.isHasLink() ? "invitation.linkReset" : "invitation.linkCreated", reload());
    }

    public String printCoupons() {
        return Messages.perform(() -> invitations.printCoupons(current.viewer(), assemblyId, couponCount, visit.visit()), "invitation.coupons.printed", reload());
    }

    public String revoke(long couponId) {
        return Messages.perform(() -> invitations.revokeCoupon(current.viewer(), couponId), "invitation.coupons.revoked", reload());
    }

    public java.util.List<InvitationService.Coupon> getCoupons() {
        return coupons;
    }

    public int getCouponCount() {
        return couponCount;
    }

    public void setCouponCount(int couponCount) {
        this.couponCount = couponCount;
    }

    public int getCouponsAtOnce() {
        return InvitationService.COUPONS_AT_ONCE;
    }

    private String reload() {
        return VIEW + "?faces-redirect=true&assembly=" + assemblyId;
    }

    public InvitationService.Mine getMine() {
        return mine;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public int getMessageMax() {
        return InvitationService.MESSAGE_MAX;
    }

    /** The personal link, as shared through a channel. */
    public String link(String channel) {
        if (mine == null || mine.token().isEmpty()) {
            return "";
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return publicAddress.of(request) + "/i/" + mine.token().get() + "?c=" + Channel.parse(channel).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The invitation text in the visitor's language, with the link of that channel. */
    public String shareText(String channel) {
        String text = Messages.text("invitation.shareText", mine.assemblyTitle());
        String personal = mine.message().isBlank() ? "" : mine.message() + "\n";
        return personal + text + " " + link(channel);
    }

    public String mailto() {
        return "mailto:?subject=" + encode(Messages.text("invitation.shareSubject", mine.assemblyTitle()))
                + "&body=" + encode(shareText("email"));
    }

    public String sms() {
        return "sms:?&body=" + encode(shareText("sms"));
    }

    public String whatsapp() {
        return "https://wa.me/?text=" + encode(shareText("whatsapp"));
    }

    public String telegram() {
        return "https://t.me/share/url?url=" + encode(link("telegram")) + "&text=" + encode(shareText("telegram").replace(link("telegram"), "").strip());
    }


    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
