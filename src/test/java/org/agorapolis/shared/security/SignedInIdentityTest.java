package org.agorapolis.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignedInIdentityTest {

    @Test
    void anIdentityNeedsAnIssuerAndASubject() {
        assertThrows(IllegalArgumentException.class, () -> new SignedInIdentity(null, "s", "n", null, null));
        assertThrows(IllegalArgumentException.class, () -> new SignedInIdentity("i", " ", "n", null, null));
    }

    @Test
    void aBlankDisplayNameFallsBackToTheSubjectAndNamesAreTrimmed() {
        assertEquals("sub-1", new SignedInIdentity("i", "sub-1", "  ", null, null).displayName());
        assertEquals("Anne", new SignedInIdentity("i", "sub-1", "  Anne ", null, null).displayName());
    }

    @Test
    void anyOtherPrincipalHasNoIdentity() {
        assertTrue(SignedInIdentity.of(() -> "someone").isEmpty());
        assertTrue(SignedInIdentity.of(null).isEmpty());
    }
}
