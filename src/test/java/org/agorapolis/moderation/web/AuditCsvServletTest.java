package org.agorapolis.moderation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditCsvServletTest {

    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        assertEquals("\"moderation.hide\"", AuditCsvServlet.csv("moderation.hide"));
        assertEquals("\"{\"\"status\"\":\"\"OPEN\"\"}\"", AuditCsvServlet.csv("{\"status\":\"OPEN\"}"));
        assertEquals("\"'=HYPERLINK(1)\"", AuditCsvServlet.csv("=HYPERLINK(1)"));
        assertEquals("", AuditCsvServlet.csv(null));
    }

    @Test
    void aDateThatIsNotOneIsIgnored() {
        assertNull(AuditBacking.filter("moderation.", "2026-13-45", null).from());
        assertEquals(java.time.LocalDate.of(2026, 11, 25), AuditBacking.filter(null, "2026-11-25", null).from());
    }
}
