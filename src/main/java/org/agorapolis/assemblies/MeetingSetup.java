package org.agorapolis.assemblies;

import java.time.Instant;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.Text;

/** What a moderator sets up for a meeting; {@link #validated()} cleans it or names the rule broken. */
public record MeetingSetup(String title, Instant startsAt, Instant endsAt, String place, int capacity, String description) {

    public static final int CAPACITY_MAX = 100000;

    public MeetingSetup validated() {
        String cleanTitle = Text.require(title, "meeting.title", 3, 160);
        String cleanPlace = Text.require(place, "meeting.place", 2, 300);
        String cleanDescription = Text.clean(description);
        if (cleanDescription.length() > 5000) {
            throw new InvalidInputException("meeting.description.tooLong", 5000);
        }
        if (startsAt == null || endsAt == null) {
            throw new InvalidInputException("meeting.times.required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("meeting.times.order");
        }
        if (capacity < 1 || capacity > CAPACITY_MAX) {
            throw new InvalidInputException("meeting.capacity.range", 1, CAPACITY_MAX);
        }
        return new MeetingSetup(cleanTitle, startsAt, endsAt, cleanPlace, capacity, cleanDescription);
    }
}
