package org.agorapolis.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    private final InvitationTokens tokens = new InvitationTokens("a-secret-of-at-least-thirty-two-characters");

    @Test
    void token_isTheSameForANonceAndUnguessableWithoutTheSecret() {
        byte[] nonce = InvitationTokens.newNonce();

        assertEquals(16, nonce.length, "128 random bits");
        assertEquals(tokens.token(nonce), tokens.token(nonce), "the server can show a link again");
        assertEquals(43, tokens.token(nonce).length());
        assertNotEquals(tokens.token(nonce), new InvitationTokens("another-secret-of-thirty-two-characters!").token(nonce));
        assertNotEquals(tokens.token(nonce), tokens.token(InvitationTokens.newNonce()));
    }

    @Test
    void hash_acceptsOnlyWellFormedTokens() {
        String token = tokens.token(InvitationTokens.newNonce());

        assertEquals(32, InvitationTokens.hash(token).orElseThrow().length);
        assertTrue(InvitationTokens.hash(token.substring(1)).isEmpty(), "too short");
        assertTrue(InvitationTokens.hash(token.substring(1) + "/").isEmpty(), "not base64url");
        assertTrue(InvitationTokens.hash("' or 1=1 --                                ").isEmpty());
        assertTrue(InvitationTokens.hash(null).isEmpty());
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InvitationTokens("short"));
        assertThrows(IllegalArgumentException.class, () -> new InvitationTokens(null));
    }

    @Test
    void channel_unknownNamesCountAsTheLinkItself() {
        assertEquals(Channel.WHATSAPP, Channel.parse("whatsapp"));
        assertEquals(Channel.LINK, Channel.parse("carrier-pigeon"));
        assertEquals(Channel.LINK, Channel.parse(null));
    }
}
