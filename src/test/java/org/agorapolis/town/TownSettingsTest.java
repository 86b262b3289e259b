package org.agorapolis.town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agorapolis.assemblies.AssemblyAdministration;
import org.agorapolis.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of the town's defaults and limits, of an assembly's limits, and of age bands. */
class TownSettingsTest {

    private static String refusal(Runnable check) {
        return assertThrows(InvalidInputException.class, check::run).messageKey();
    }

    @Test
    void townDefaultsStayWithinTheirRangesAndTheQuotaWithinTheCap() {
        assertEquals(TownSettings.DEFAULTS, TownSettings.DEFAULTS.validated());
        assertEquals(new TownSettings(0, 0, 1, 1, 1, 5), new TownSettings(0, 0, 1, 1, 1, 5).validated());
        assertEquals(new TownSettings(1000, 10000, 100, 100, 365, 5), new TownSettings(1000, 10000, 100, 100, 365, 5).validated());
        assertEquals("town.defaultQuota.range", refusal(() -> new TownSettings(-1, 20, 3, 3, 30, 5).validated()));
        assertEquals("town.defaultQuota.range", refusal(() -> new TownSettings(1001, 20000, 3, 3, 30, 5).validated()));
        assertEquals("town.defaultQuotaCap.range", refusal(() -> new TownSettings(5, 10001, 3, 3, 30, 5).validated()));
        assertEquals("town.defaultQuota.overCap", refusal(() -> new TownSettings(21, 20, 3, 3, 30, 5).validated()));
        assertEquals("town.flagThreshold.range", refusal(() -> new TownSettings(5, 20, 0, 3, 30, 5).validated()));
        assertEquals("town.profileFlagThreshold.range", refusal(() -> new TownSettings(5, 20, 3, 101, 30, 5).validated()));
        assertEquals("town.invitationDays.range", refusal(() -> new TownSettings(5, 20, 3, 3, 0, 5).validated()));
        assertEquals("town.invitationDays.range", refusal(() -> new TownSettings(5, 20, 3, 3, 366, 5).validated()));
        assertEquals("town.reportK.range", refusal(() -> new TownSettings(5, 20, 3, 3, 30, 2).validated()), "reports never hide fewer than 3");
        assertEquals(new TownSettings(5, 20, 3, 3, 30, 3), new TownSettings(5, 20, 3, 3, 30, 3).validated());
    }

    @Test
    void anAssemblysLimitsFollowTheSameRules() {
        assertEquals(new AssemblyAdministration.Limits(5, 20, 3), new AssemblyAdministration.Limits(5, 20, 3).validated());
        assertEquals("assembly.limits.quota", refusal(() -> new AssemblyAdministration.Limits(-1, 20, 3).validated()));
        assertEquals("assembly.limits.cap", refusal(() -> new AssemblyAdministration.Limits(5, 10001, 3).validated()));
        assertEquals("assembly.limits.overCap", refusal(() -> new AssemblyAdministration.Limits(6, 5, 3).validated()));
        assertEquals("assembly.limits.threshold", refusal(() -> new AssemblyAdministration.Limits(5, 20, 0).validated()));
    }

    @Test
    void ageBandsAreWithinZeroAndOneHundredAndTwentyInOrderAndOverlapWhenTheyShareAnAge() {
        AgeBand.check(0, 14);
        AgeBand.check(75, null);
        AgeBand.check(18, 18);
        assertEquals("ageBand.min.required", refusal(() -> AgeBand.check(null, 10)));
        assertEquals("ageBand.range", refusal(() -> AgeBand.check(-1, 10)));
        assertEquals("ageBand.range", refusal(() -> AgeBand.check(10, 121)));
        assertEquals("ageBand.order", refusal(() -> AgeBand.check(30, 29)));

        assertTrue(AgeBand.overlap(15, 29, 29, 44), "29 is in both");
        assertFalse(AgeBand.overlap(15, 29, 30, 44));
        assertTrue(AgeBand.overlap(75, null, 80, 90), "and over reaches every older age");
        assertTrue(AgeBand.overlap(80, 90, 75, null));
        assertFalse(AgeBand.overlap(0, 14, 75, null));
        assertTrue(AgeBand.overlap(20, 40, 25, 30), "one inside the other");
    }
}
