package org.agorapolis.invitations.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.invitations.Channel;
import org.agorapolis.invitations.InvitationService;

/**
 * {@code /i/<token>?c=<channel>}: an invitation link being opened. The token goes into the
 * visitor's session and the browser is sent on to the welcome page at once, so that the token
 * never stays in the address bar, the history or a {@code Referer}.
 */
@WebServlet(name = "invitationOpening", urlPatterns = "/i/*")
public class InvitationOpening extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String OPENED = "agorapolis.invitation";

    /** The invitation this visitor opened, kept until it is redeemed or replaced by another. */
    public record Opened(String token, Channel channel, Instant at) implements Serializable {
    }

    @Inject
    InvitationService invitations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        Object before = request.getSession().getAttribute(OPENED);
        if (!(before instanceof Opened earlier && earlier.token().equals(token))) {
            // One opening per visit: reloading the same link is not a new scan.
            invitations.opened(token, Channel.parse(request.getParameter("c")));
        }
        request.getSession().setAttribute(OPENED, new Opened(token, Channel.parse(request.getParameter("c")), Instant.now()));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/invitations/welcome.xhtml");
    }
}
