package org.agorapolis.invitations.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.agorapolis.invitations.InvitationService;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Requests;
import org.agorapolis.shared.web.LocaleSelection;
import org.agorapolis.town.Town;

/**
 * {@code /invitations/coupons.pdf?assembly=}: an A4 sheet of cut-out cards, one per coupon the
 * member can still give, each with its QR code and its short code. Never cached: it holds tokens.
 */
@WebServlet(name = "couponSheet", urlPatterns = "/invitations/coupons.pdf")
public class CouponSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    org.agorapolis.shared.web.PublicAddress publicAddress;

    @Inject
    InvitationService invitations;

    @Inject
    CurrentParticipant current;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> assembly = Requests.id(request, "assembly");
        InvitationService.Mine mine;
        List<InvitationService.Coupon> coupons;
        try {
            mine = invitations.mine(current.viewer(), assembly.orElseThrow(() -> new org.agorapolis.shared.NotFoundException("assembly.notFound")));
            coupons = invitations.coupons(current.viewer(), mine.assemblyId());
        } catch (DomainException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = publicAddress.of(request);
        Locale language = locale.getLocale();
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.agorapolis.messages", language);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).withZone(Town.ZONE);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 24, 24, 24, 24);
        PdfWriter.getInstance(document, pdf);
        document.open();
        PdfPTable cards = new PdfPTable(2);
        cards.setWidthPercentage(100);
        Font title = new Font(Font.HELVETICA, 12, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 9);
        Font code = new Font(Font.COURIER, 14, Font.BOLD);
        for (InvitationService.Coupon coupon : coupons) {
            PdfPCell card = new PdfPCell();
            card.setPadding(10);
            card.setFixedHeight(190);
            card.addElement(new Paragraph(mine.assemblyTitle(), title));
            Image qr = Image.getInstance(new QrCode(base + "/i/" + coupon.token() + "?c=coupon").png());
            qr.scaleToFit(100, 100);
            qr.setAlignment(Element.ALIGN_CENTER);
            card.addElement(qr);
            card.addElement(new Paragraph(texts.getString("invitation.coupons.typeAt") + " " + base + "/invitations/code.xhtml", small));
            card.addElement(new Paragraph(coupon.getPrintedCode(), code));
            card.addElement(new Paragraph(texts.getString("invitation.coupons.until") + " " + date.format(coupon.expiresAt()), small));
            cards.addCell(card);
        }
        cards.completeRow();
        if (coupons.isEmpty()) {
            document.add(new Paragraph(texts.getString("invitation.coupons.none"), title));
        } else {
            document.add(cards);
        }
        document.close();
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"coupons.pdf\"");
        response.getOutputStream().write(pdf.toByteArray());
    }
}
