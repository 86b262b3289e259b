package org.agorapolis.votes;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Receipt codes: 20 characters of Crockford's base 32 (100 random bits), shown as five groups of
 * four ({@code 7KQ2-M9XD-…}). A voter's receipt is shown once; it is the only link between the
 * voter and their ballot paper, kept by the voter alone (ADR 0010).
 */
public final class Receipts {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A receipt as typed, in its canonical form: spaces and dashes ignored, lower case accepted, and
     * the letters people confuse read as Crockford's base 32 reads them (O as 0, I and L as 1).
     * Empty when it cannot be a receipt.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String plain = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(plain.charAt(i));
        }
        return Optional.of(code.toString());
    }
}
