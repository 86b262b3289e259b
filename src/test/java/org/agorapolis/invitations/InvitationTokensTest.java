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
    void code_isTenUnambiguousCharactersTheSameForANonce() {
        byte[] nonce = InvitationTokens.newNonce();
        String code = tokens.code(nonce);

        assertEquals(10, code.length());
        assertTrue(code.matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}"), code);
        assertEquals(code, tokens.code(nonce));
        assertNotEquals(code, tokens.code(InvitationTokens.newNonce()));
    }

    @Test
    void normaliseCode_forgivesCaseSpacesDashesAndLookAlikes() {
        assertEquals("0123456789", InvitationTokens.normaliseCode(" o1234-56789 ").orElseThrow());
        assertEquals("1ABCD1EFGH", InvitationTokens.normaliseCode("iabcd-lefgh").orElseThrow());
        assertTrue(InvitationTokens.normaliseCode("ABCDE").isEmpty(), "too short");
        assertTrue(InvitationTokens.normaliseCode("ABCDE-FGHU").isEmpty(), "U is not in the alphabet");
        assertTrue(InvitationTokens.normaliseCode(null).isEmpty());
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
