package org.agorapolis.participants.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.security.SignedInIdentity;

/**
 * Records the participant once per session, on the first request after sign-in, so that every
 * page and service can rely on a participant row for whoever is signed in.
 */
@WebFilter(filterName = "signInRecorder", urlPatterns = "/*")
public class SignInRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantService participants;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var identity = SignedInIdentity.of(request.getUserPrincipal());
        // API calls carry a bearer token and keep no session: their participant is found per call (ApiGuard).
        if (identity.isPresent() && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            HttpSession session = request.getSession();
            if (session.getAttribute(CurrentParticipant.PARTICIPANT_ID) == null) {
                session.setAttribute(CurrentParticipant.PARTICIPANT_ID, participants.recordSignIn(identity.get()));
            }
        }
        chain.doFilter(request, response);
    }
}
