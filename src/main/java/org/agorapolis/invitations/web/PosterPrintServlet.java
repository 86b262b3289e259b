package org.agorapolis.invitations.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.agorapolis.invitations.InvitationService;
import org.agorapolis.invitations.PosterService;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.web.LocaleSelection;
import org.agorapolis.shared.web.Requests;
import org.agorapolis.town.Town;

/**
 * A poster code printed: {@code /admin/posters/poster.pdf?id=} (an A4 poster with the assembly's
 * pitch and a large QR code), {@code qr.png} and {@code qr.svg}. Moderators only (the
 * {@code /admin/} constraint and the service's roles); never cached, as it holds the token.
 */
@WebServlet(name = "posterPrint", urlPatterns = {"/admin/posters/poster.pdf", "/admin/posters/qr.png", "/admin/posters/qr.svg"})
public class PosterPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    org.agorapolis.shared.web.PublicAddress publicAddress;

    @Inject
    PosterService posters;

    @Inject
    InvitationService invitations;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> token;
        PosterService.Poster poster;
        try {
            long id = Requests.id(request, "id").orElseThrow(() -> new org.agorapolis.shared.NotFoundException("poster.notFound"));
            poster = posters.poster(id);
            token = posters.token(id);
        } catch (org.agorapolis.shared.NotAllowedException notTheirs) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException unknown) {
            token = Optional.empty();
            poster = null;
        }
        Optional<InvitationService.Preview> preview = token.flatMap(invitations::preview);
        if (preview.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String url = publicAddress.of(request) + "/i/" + token.get() + "?c=poster";
        QrCode code = new QrCode(url);
        if (request.getServletPath().endsWith(".pdf")) {
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"poster-" + poster.id() + ".pdf\"");
            response.getOutputStream().write(pdf(poster, preview.get(), code, url));
        } else {
            code.write(request, response, "poster-" + poster.id());
        }
    }

    private byte[] pdf(PosterService.Poster poster, InvitationService.Preview preview, QrCode code, String url) throws IOException {
        Locale language = locale.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("org.agorapolis.messages", language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(centred(texts.getString("poster.pdf.call"), new Font(Font.HELVETICA, 20, Font.NORMAL), 0));
        document.add(centred(preview.assemblyTitle(), new Font(Font.HELVETICA, 30, Font.BOLD), 12));
        document.add(centred(preview.assemblySummary(), new Font(Font.HELVETICA, 14, Font.NORMAL), 12));
        Font facts = new Font(Font.HELVETICA, 13, Font.BOLD);
        if (preview.votingOn() != null) {
            document.add(centred(texts.getString("invitation.decidedBy") + " " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(language).format(preview.votingOn()), facts, 10));
        }
        if (preview.nextMeeting().isPresent()) {
            document.add(centred(texts.getString("invitation.nextMeeting") + " " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(language).withZone(Town.ZONE).format(preview.nextMeeting().get()) + " — " + preview.nextMeetingPlace().orElse(""), facts, 4));
        }
        Image qr = Image.getInstance(code.png());
        qr.scaleToFit(300, 300);
        qr.setAlignment(Element.ALIGN_CENTER);
        qr.setSpacingBefore(18);
        document.add(qr);
        document.add(centred(texts.getString("poster.pdf.scan"), new Font(Font.HELVETICA, 18, Font.BOLD), 6));
        document.add(centred(url, new Font(Font.COURIER, 8, Font.NORMAL), 6));
        document.add(centred(texts.getString("invitation.worthIt"), new Font(Font.HELVETICA, 12, Font.ITALIC), 18));
        document.add(centred(poster.name() + (poster.address().isEmpty() ? "" : " — " + poster.address()), new Font(Font.HELVETICA, 9, Font.NORMAL), 24));
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}
