package org.agorapolis.assemblies.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.agorapolis.assemblies.Meeting;
import org.agorapolis.assemblies.MeetingSetup;
import org.junit.jupiter.api.Test;

class IcalTest {

    private static Meeting meeting(String title, String place, String description) {
        Meeting meeting = new Meeting(4, new MeetingSetup(title, Instant.parse("2026-12-03T17:30:00Z"),
                Instant.parse("2026-12-03T19:00:00Z"), place, 40, description).validated());
        try {
            Field id = Meeting.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(meeting, 12L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return meeting;
    }

    @Test
    void event_givesUtcTimesAStableUidAndCrlfLines() {
        String ics = Ical.event(meeting("Atelier", "Salle des fêtes", ""), "La cour", "http://localhost:8080/assemblies/view.xhtml?id=4",
                "localhost", Instant.parse("2026-11-25T10:00:00Z"));

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:meeting-12@localhost\r\n"));
        assertTrue(ics.contains("\r\nDTSTART:20261203T173000Z\r\n"));
        assertTrue(ics.contains("\r\nDTEND:20261203T190000Z\r\n"));
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void event_escapesReservedCharactersOfText() {
        String ics = Ical.event(meeting("Bancs, tables; et chaises", "Place\\Mairie", "ligne 1\nligne 2"), "Cour", "http://x/",
                "localhost", Instant.EPOCH);

        assertTrue(ics.contains("SUMMARY:Bancs\\, tables\\; et chaises — Cour"), ics);
        assertTrue(ics.contains("LOCATION:Place\\\\Mairie"), ics);
        assertTrue(ics.contains("DESCRIPTION:ligne 1\\nligne 2"), ics);
    }

    @Test
    void line_foldsAtSeventyFiveOctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        Ical.line(out, "DESCRIPTION:" + "é".repeat(100));

        for (String line : out.toString().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("DESCRIPTION:" + "é".repeat(100), out.toString().replace("\r\n ", "").replace("\r\n", ""));
    }
}
