package org.agorapolis.invitations.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of an invitation link, for print: PNG of {@link #PNG_SIZE} pixels, or SVG that prints
 * sharp at any size. Error correction M survives a crease or a smudge on a poster.
 */
public final class QrCode {

    public static final int PNG_SIZE = 1200;
    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    public QrCode(String text) {
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this text as a QR code", e);
        }
    }

    /** The side of the code in modules, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    public byte[] png() {
        int scale = Math.max(1, PNG_SIZE / size());
        int side = size() * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One path of unit squares on a white background; {@code title} is the accessible name. */
    public String svg(String title) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size() + " " + size() + "\" role=\"img\" shape-rendering=\"crispEdges\">"
                + "<title>" + org.agorapolis.shared.web.PlainText.toHtml(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * Answers with the code as PNG (print quality) or SVG, by the path's ending, named after
     * {@code name}. Never cached: a code holds a token.
     */
    void write(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, String name)
            throws java.io.IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().endsWith(".png")) {
            response.setContentType("image/png");
            response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".png\"");
            response.getOutputStream().write(png());
        } else {
            response.setContentType("image/svg+xml; charset=UTF-8");
            response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".svg\"");
            response.getOutputStream().write(svg("QR code").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
