package org.agorapolis.assemblies.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.agorapolis.assemblies.Meeting;

/**
 * A meeting as an iCalendar (RFC 5545) event, for "add to my calendar": times in UTC, text
 * escaped, lines folded at 75 octets.
 */
public final class Ical {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ical() {
    }

    public static String event(Meeting meeting, String assemblyTitle, String pageUrl, String host, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Agorapolis//Meetings//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:meeting-" + meeting.getId() + "@" + host);
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(meeting.getStartsAt()));
        line(out, "DTEND:" + UTC.format(meeting.getEndsAt()));
        line(out, "SUMMARY:" + text(meeting.getTitle() + " — " + assemblyTitle));
        line(out, "LOCATION:" + text(meeting.getPlace()));
        if (!meeting.getDescription().isEmpty()) {
            line(out, "DESCRIPTION:" + text(meeting.getDescription()));
        }
        line(out, "URL:" + pageUrl);
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes what RFC 5545 reserves in text values. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets, ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
