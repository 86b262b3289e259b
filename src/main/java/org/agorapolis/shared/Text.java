package org.agorapolis.shared;

import java.text.Normalizer;

/**
 * What is done to every text a person types before it is stored: Unicode normalised (NFC),
 * control characters removed (except line breaks and tabs), trimmed, and checked against its
 * length limits. Encoding for display happens on the way out, in the pages.
 */
public final class Text {

    private Text() {
    }

    /** The cleaned text, or {@link InvalidInputException} with {@code <field>.required}, {@code .tooShort} or {@code .tooLong}. */
    public static String require(String raw, String field, int min, int max) {
        String text = clean(raw);
        if (text.isEmpty()) {
            throw new InvalidInputException(field + ".required");
        }
        if (text.codePointCount(0, text.length()) < min) {
            throw new InvalidInputException(field + ".tooShort", min);
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(field + ".tooLong", max);
        }
        return text;
    }

    /** Normalised, without control characters, trimmed; null becomes empty. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}
