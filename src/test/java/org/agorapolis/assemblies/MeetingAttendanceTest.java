package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.agorapolis.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MeetingAttendanceTest {

    private static final Instant STARTS = Instant.parse("2026-11-20T18:00:00Z");

    private static Meeting meeting() {
        return new Meeting(1, new MeetingSetup("Atelier du marché", STARTS, STARTS.plus(Duration.ofHours(2)), "Salle des fêtes", 30, ""));
    }

    @Test
    void attendanceIsRecordedOnceTheMeetingHasBegunWalkInsIncluded() {
        Meeting meeting = meeting();
        assertNull(meeting.getAttended());
        meeting.recordAttendance(42, STARTS.plusSeconds(60));
        assertEquals(42, meeting.getAttended(), "more than the 30 seats: people came without registering");
        meeting.recordAttendance(0, STARTS);
        assertEquals(0, meeting.getAttended(), "corrected to zero, from the very start");
    }

    @Test
    void attendanceBeforeTheMeetingOrOutOfRangeIsRefusedWithItsReason() {
        Meeting meeting = meeting();
        assertEquals("meeting.attendance.tooEarly",
                assertThrows(InvalidInputException.class, () -> meeting.recordAttendance(10, STARTS.minusSeconds(1))).messageKey());
        for (Integer wrong : new Integer[] {-1, 100_001, null}) {
            assertEquals("meeting.attendance.range",
                    assertThrows(InvalidInputException.class, () -> meeting.recordAttendance(wrong, STARTS.plusSeconds(1))).messageKey());
        }
        assertNull(meeting.getAttended(), "nothing was recorded");
    }
}
