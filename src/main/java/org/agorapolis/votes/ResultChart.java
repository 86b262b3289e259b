package org.agorapolis.votes;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.agorapolis.shared.web.ScriptJson;

/**
 * The Chart.js configuration of a result: bars for for/against and for approval, and for majority
 * judgment the merit profile — one bar per option, split by grade, in shares of the papers. The
 * same figures are in the result's table beside it. Labels come from the caller (the reader's
 * language).
 */
public final class ResultChart {

    private static final String[] GRADE_COLOURS = {"#8c1d18", "#c0501f", "#b58a00", "#6f8f2a", "#2e7d32", "#1b5e20"};

    private ResultChart() {
    }

    /** {@code answers}: for, against, abstain; {@code grades}: Reject to Excellent. */
    public static String of(Tally.Result result, List<String> options, List<String> answers, List<String> grades, String papersLabel) {
        if (result instanceof Tally.ForAgainst r) {
            return bars(answers, List.of(r.votesFor(), r.votesAgainst(), r.abstentions()), papersLabel, false);
        }
        if (result instanceof Tally.Approval r) {
            return bars(options, r.options().stream().map(Tally.Approved::approvals).toList(), papersLabel, true);
        }
        return meritProfile((Tally.Judgment) result, options, grades);
    }

    private static String bars(List<String> labels, List<Long> values, String series, boolean horizontal) {
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels.stream().map(ScriptJson::string).collect(Collectors.joining(",")) + "],\"datasets\":[{"
                + "\"label\":" + ScriptJson.string(series) + ",\"data\":[" + values.stream().map(String::valueOf).collect(Collectors.joining(","))
                + "],\"backgroundColor\":\"#0b5cad\"}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false" + (horizontal ? ",\"indexAxis\":\"y\"" : "")
                + ",\"scales\":{\"" + (horizontal ? "x" : "y") + "\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String meritProfile(Tally.Judgment result, List<String> options, List<String> grades) {
        String datasets = IntStream.rangeClosed(Choice.REJECT, Choice.EXCELLENT).mapToObj(grade -> "{\"label\":" + ScriptJson.string(grades.get(grade))
                + ",\"data\":[" + result.options().stream().map(o -> share(o.grades()[grade], result.ballots())).collect(Collectors.joining(","))
                + "],\"backgroundColor\":\"" + GRADE_COLOURS[grade] + "\"}").collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + options.stream().map(ScriptJson::string).collect(Collectors.joining(",")) + "],\"datasets\":["
                + datasets + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"indexAxis\":\"y\",\"scales\":{\"x\":{\"stacked\":true,"
                + "\"min\":0,\"max\":100},\"y\":{\"stacked\":true}}}}";
    }

    /** A share in percent with one decimal (0 without papers). */
    private static String share(long count, long ballots) {
        return ballots == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * count / ballots);
    }
}
