package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportScopeTest {

    @Test
    void anAssemblysNumberScopesTheReportAndAnythingElseMeansTheTown() {
        assertEquals(Optional.of(42L), ReportScope.parse("42").assemblyId());
        for (String other : new String[] {null, "", "abc", "-3", "1 or 1=1", "12345678901234567890"}) {
            assertTrue(ReportScope.parse(other).isTown(), String.valueOf(other));
        }
    }

    @Test
    void theConditionLeavesDraftsOutAndBindsTheAssembly() {
        assertEquals("a.phase <> 'DRAFT'", ReportScope.TOWN.condition("a"));
        assertEquals("x.phase <> 'DRAFT' and x.id = :assembly", ReportScope.assembly(7).condition("x"));
        assertEquals("assembly=7", ReportScope.assembly(7).query());
        assertEquals("", ReportScope.TOWN.query());
    }
}
