package org.agorapolis.invitations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Invitation tokens: {@code HMAC-SHA256(secret, nonce)} of a 128-bit random nonce, written in
 * base64url (43 characters). The database keeps the nonce and the token's SHA-256 only; with the
 * secret, which lives outside the database, the server can show a member their personal link again.
 */
public final class InvitationTokens {

    public static final int NONCE_BYTES = 16;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;

    /** @param secret at least 32 characters */
    public InvitationTokens(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("The invitation secret must hold at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    public String token(byte[] nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A keyed fingerprint of a device cookie, an address or a participant id: equal inputs give
     * equal fingerprints, and without the secret nobody can tell what was fingerprinted — not even
     * by trying every IPv4 address.
     */
    public byte[] fingerprint(String kind, String value) {
        return Base64.getUrlDecoder().decode(token((kind + ":" + value).getBytes(StandardCharsets.UTF_8)));
    }

    /** Crockford's base32: no I, L, O or U to misread on paper. */
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int CODE_LENGTH = 10;

    /** The short code printed on a coupon, derived like the token: 10 characters, 50 bits. */
    public String code(byte[] nonce) {
        byte[] tagged = java.util.Arrays.copyOf(nonce, nonce.length + 1);
        tagged[nonce.length] = 1;
        byte[] mac = Base64.getUrlDecoder().decode(token(tagged));
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
        }
        return code.toString();
    }

    /** A typed code as printed: upper case, without spaces or dashes, O read as 0 and I or L as 1; empty if it cannot be one. */
    public static Optional<String> normaliseCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The hash stored for a short code. */
    public static byte[] codeHash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("code:" + code).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash stored for a well-formed token; empty for anything that cannot be a token. */
    public static Optional<byte[]> hash(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
