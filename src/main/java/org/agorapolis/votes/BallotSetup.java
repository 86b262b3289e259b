package org.agorapolis.votes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.Text;

/**
 * What a moderator sets for a ballot; {@link #validated(Instant)} cleans it or names the rule
 * broken. A for/against ballot has no options; approval and majority judgment have 2 to
 * {@link #MAX_OPTIONS}, each named once.
 */
public record BallotSetup(String question, CountingMethod method, boolean secret, boolean membersBeforeOpening, Instant opensAt, Instant closesAt,
                          List<String> options) {

    public static final int QUESTION_MIN = 5;
    public static final int QUESTION_MAX = 300;
    public static final int MAX_OPTIONS = 20;
    public static final int OPTION_MAX = 200;
    public static final Duration LONGEST = Duration.ofDays(90);

    public BallotSetup {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The setup cleaned, checked against {@code now} (a ballot never closes in the past). */
    public BallotSetup validated(Instant now) {
        String cleanQuestion = Text.require(question, "ballot.question", QUESTION_MIN, QUESTION_MAX);
        if (method == null) {
            throw new InvalidInputException("ballot.method.required");
        }
        List<String> cleanOptions = new ArrayList<>();
        for (String option : options) {
            String clean = Text.clean(option);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > OPTION_MAX) {
                throw new InvalidInputException("ballot.option.tooLong", OPTION_MAX);
            }
            if (cleanOptions.stream().anyMatch(o -> o.equalsIgnoreCase(clean))) {
                throw new InvalidInputException("ballot.option.twice", clean);
            }
            cleanOptions.add(clean);
        }
        if (method == CountingMethod.FOR_AGAINST && !cleanOptions.isEmpty()) {
            throw new InvalidInputException("ballot.options.forAgainst");
        }
        if (method != CountingMethod.FOR_AGAINST && (cleanOptions.size() < 2 || cleanOptions.size() > MAX_OPTIONS)) {
            throw new InvalidInputException("ballot.options.count", 2, MAX_OPTIONS);
        }
        if (opensAt == null || closesAt == null) {
            throw new InvalidInputException("ballot.times.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidInputException("ballot.times.order");
        }
        if (!closesAt.isAfter(now)) {
            throw new InvalidInputException("ballot.times.past");
        }
        if (Duration.between(opensAt, closesAt).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("ballot.times.tooLong", LONGEST.toDays());
        }
        return new BallotSetup(cleanQuestion, method, secret, membersBeforeOpening, opensAt, closesAt, cleanOptions);
    }
}
