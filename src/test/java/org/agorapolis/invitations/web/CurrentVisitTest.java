package org.agorapolis.invitations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CurrentVisitTest {

    @Test
    void theConnectionsAddressCountsUnlessItIsATrustedProxy() {
        assertEquals("203.0.113.9", CurrentVisit.clientAddress("203.0.113.9", "198.51.100.1", Set.of("127.0.0.1")),
                "an untrusted client cannot choose its address");
        assertEquals("198.51.100.1", CurrentVisit.clientAddress("127.0.0.1", "198.51.100.1", Set.of("127.0.0.1")));
        assertEquals("127.0.0.1", CurrentVisit.clientAddress("127.0.0.1", null, Set.of("127.0.0.1")));
    }

    @Test
    void behindTrustedProxiesTheLastUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", CurrentVisit.clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", Set.of("10.0.0.1", "10.0.0.2")),
                "what the client wrote itself before the first proxy is not believed");
        assertEquals("10.0.0.2", CurrentVisit.clientAddress("10.0.0.2", "10.0.0.1", Set.of("10.0.0.1", "10.0.0.2")));
    }
}
