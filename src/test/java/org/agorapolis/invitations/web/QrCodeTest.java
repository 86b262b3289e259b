package org.agorapolis.invitations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String LINK = "https://agorapolis.example/i/CfW4UbO3wWh7WVJETt6KpVCzUgLUcZN27PsuAGA0Jac?c=qr";

    @Test
    void png_isPrintQualityAndReadsBackAsTheLink() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new QrCode(LINK).png()));

        assertTrue(image.getWidth() >= 1000, "at least 1000 px: " + image.getWidth());
        assertEquals(image.getWidth(), image.getHeight());
        assertEquals(LINK, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageSource(image)))).getText());
    }

    @Test
    void svg_hasAnAccessibleNameAndEncodesItsTitle() {
        String svg = new QrCode(LINK).svg("QR <code>");

        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.substring(0, 60));
        assertTrue(svg.contains("<title>QR &lt;code&gt;</title>"));
        assertTrue(svg.contains("role=\"img\""));
    }

    /** Grey levels of an image, for the reader. */
    private static final class ImageSource extends LuminanceSource {

        private final BufferedImage image;

        ImageSource(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            this.image = image;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            for (int x = 0; x < getWidth(); x++) {
                out[x] = (byte) (image.getRGB(x, y) & 0xFF);
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] matrix = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, matrix, y * getWidth(), getWidth());
            }
            return matrix;
        }
    }
}
