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
