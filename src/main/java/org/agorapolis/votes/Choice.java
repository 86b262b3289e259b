package org.agorapolis.votes;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.Collectors;

import org.agorapolis.shared.InvalidInputException;

/**
 * What a ballot paper says, in the one text form stored, published and recounted:
 * <ul>
 * <li>for/against: {@code FOR}, {@code AGAINST} or {@code ABSTAIN};</li>
 * <li>approval: the approved options' positions (from 1) in increasing order, comma-separated,
 * or empty for a blank ballot;</li>
 * <li>majority judgment: one grade from 0 (Reject) to 5 (Excellent) per option, in option order,
 * comma-separated.</li>
 * </ul>
 * Parsing refuses anything else with {@code vote.invalidChoice}: nothing malformed is ever stored.
 */
public final class Choice {

    /** Grades of majority judgment, from the worst (0) to the best. */
    public static final int REJECT = 0;
    public static final int EXCELLENT = 5;

    /** For/against answers. */
    public enum Answer {
        FOR, AGAINST, ABSTAIN
    }

    private Choice() {
    }

    /** The stored text of a for/against answer. */
    public static String of(Answer answer) {
        return answer.name();
    }

    /** The stored text of approved option positions (1-based) among {@code options}. */
    public static String approving(int options, int... positions) {
        BitSet approved = new BitSet();
        for (int position : positions) {
            if (position < 1 || position > options) {
                throw new InvalidInputException("vote.invalidChoice");
            }
            approved.set(position);
        }
        return approved.stream().mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /** The stored text of one grade per option, in option order. */
    public static String grading(int options, int... grades) {
        if (grades.length != options || Arrays.stream(grades).anyMatch(g -> g < REJECT || g > EXCELLENT)) {
            throw new InvalidInputException("vote.invalidChoice");
        }
        return Arrays.stream(grades).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /** Checks a stored or submitted text against the method and the number of options; returns it in canonical form. */
    public static String canonical(CountingMethod method, int options, String text) {
        if (text == null || text.length() > 4 * options + 16) {
            throw new InvalidInputException("vote.invalidChoice");
        }
        return switch (method) {
            case FOR_AGAINST -> of(answer(text));
            case APPROVAL -> approving(options, approved(options, text));
            case MAJORITY_JUDGMENT -> grading(options, grades(options, text));
        };
    }

    static Answer answer(String text) {
        try {
            return Answer.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("vote.invalidChoice");
        }
    }

    static int[] approved(int options, String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        int[] positions = numbers(text);
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] <= positions[i - 1]) {
                throw new InvalidInputException("vote.invalidChoice"); // each option once, in order
            }
        }
        approving(options, positions);
        return positions;
    }

    static int[] grades(int options, String text) {
        int[] grades = text.isEmpty() ? new int[0] : numbers(text);
        grading(options, grades);
        return grades;
    }

    private static int[] numbers(String text) {
        if (!text.matches("\\d{1,3}(,\\d{1,3})*")) {
            throw new InvalidInputException("vote.invalidChoice");
        }
        return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
