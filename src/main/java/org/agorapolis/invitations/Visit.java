package org.agorapolis.invitations;

import java.io.Serializable;

/**
 * Where a request comes from, as fingerprints only: the browser's device cookie and the client's
 * address (see {@link InvitationTokens#fingerprint}). Used for rate limits and flags, never shown.
 */
public record Visit(byte[] device, byte[] address) implements Serializable {

    public Visit {
        if (device == null || device.length != 32 || address == null || address.length != 32) {
            throw new IllegalArgumentException("Fingerprints hold 32 bytes");
        }
    }
}
