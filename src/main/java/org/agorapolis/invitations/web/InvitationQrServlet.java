package org.agorapolis.invitations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.invitations.InvitationService;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Requests;

/**
 * {@code /invitations/qr.png?assembly=} and {@code qr.svg}: the QR code of the signed-in member's
 * personal link, marked with the QR channel. Never cached: it holds a token.
 */
@WebServlet(name = "invitationQr", urlPatterns = {"/invitations/qr.png", "/invitations/qr.svg"})
public class InvitationQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    org.agorapolis.shared.web.PublicAddress publicAddress;

    @Inject
    InvitationService invitations;

    @Inject
    CurrentParticipant current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> assembly = Requests.id(request, "assembly");
        Optional<String> token;
        try {
            token = assembly.isEmpty() ? Optional.empty() : invitations.mine(current.viewer(), assembly.get()).token();
        } catch (DomainException refused) {
            token = Optional.empty();
        }
        if (token.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = publicAddress.of(request);
        new QrCode(base + "/i/" + token.get() + "?c=qr").write(request, response, "invitation");
    }
}
