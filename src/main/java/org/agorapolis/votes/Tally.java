package org.agorapolis.votes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Counts a ballot's counted papers (their stored {@link Choice} texts) by its method. Pure and
 * deterministic: the same papers always give the same result, written as the same JSON, so a
 * recount compares texts. The rules, with worked examples, are in ADR 0010.
 */
public final class Tally {

    private Tally() {
    }

    /** A result, as stored, published and compared on recount. */
    public sealed interface Result permits ForAgainst, Approval, Judgment {

        /** Ballot papers counted. */
        long ballots();

        /** The canonical JSON of the result: same papers, same text. */
        String json();
    }

    /** For/against: adopted when the votes for outnumber the votes against; abstentions reported, not counted as expressed. */
    public record ForAgainst(long ballots, long votesFor, long votesAgainst, long abstentions) implements Result {

        public boolean adopted() {
            return votesFor > votesAgainst;
        }

        public long expressed() {
            return votesFor + votesAgainst;
        }

        @Override
        public String json() {
            return "{\"method\":\"FOR_AGAINST\",\"ballots\":" + ballots + ",\"for\":" + votesFor + ",\"against\":" + votesAgainst + ",\"abstain\":"
                    + abstentions + ",\"adopted\":" + adopted() + "}";
        }
    }

    /** One option's approvals and rank (1 = most approved; equal approvals, equal rank). */
    public record Approved(int position, long approvals, int rank, boolean adopted) {
    }

    /** Approval: options ranked by approvals; each approved on more than half of the papers is adopted. */
    public record Approval(long ballots, List<Approved> options) implements Result {

        public Approval {
            options = List.copyOf(options);
        }

        /** Positions of the most approved options (several when tied; none when nobody approved anything). */
        public List<Integer> winners() {
            return options.stream().filter(o -> o.rank() == 1 && o.approvals() > 0).map(Approved::position).toList();
        }

        @Override
        public String json() {
            return "{\"method\":\"APPROVAL\",\"ballots\":" + ballots + ",\"options\":[" + options.stream()
                    .map(o -> "{\"position\":" + o.position() + ",\"approvals\":" + o.approvals() + ",\"rank\":" + o.rank() + ",\"adopted\":" + o.adopted() + "}")
                    .collect(Collectors.joining(",")) + "],\"winners\":" + winners() + "}";
        }
    }

    /** One option's merit profile (papers per grade, Reject first), majority grade (none without papers) and rank. */
    public record Judged(int position, long[] grades, Integer majorityGrade, int rank) {

        public Judged {
            grades = grades.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Judged j && j.position == position && Arrays.equals(j.grades, grades) && java.util.Objects.equals(j.majorityGrade,
                    majorityGrade) && j.rank == rank;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(position, Arrays.hashCode(grades), majorityGrade, rank);
        }

        @Override
        public String toString() {
            return "Judged[" + position + ", " + Arrays.toString(grades) + ", " + majorityGrade + ", " + rank + "]";
        }
    }

    /** Majority judgment: options ranked by majority grade, ties broken by the majority-value rule. */
    public record Judgment(long ballots, List<Judged> options) implements Result {

        public Judgment {
            options = List.copyOf(options);
        }

        /** Positions ranked first (several only on a perfect tie; none without papers). */
        public List<Integer> winners() {
            return ballots == 0 ? List.of() : options.stream().filter(o -> o.rank() == 1).map(Judged::position).toList();
        }

        @Override
        public String json() {
            return "{\"method\":\"MAJORITY_JUDGMENT\",\"ballots\":" + ballots + ",\"options\":[" + options.stream()
                    .map(o -> "{\"position\":" + o.position() + ",\"grades\":" + Arrays.toString(o.grades()).replace(" ", "") + ",\"majorityGrade\":"
                            + o.majorityGrade() + ",\"rank\":" + o.rank() + "}")
                    .collect(Collectors.joining(",")) + "],\"winners\":" + winners() + "}";
        }
    }

    /** Counts the papers of a ballot of {@code options} options by its method; papers are checked as they are read. */
    public static Result count(CountingMethod method, int options, List<String> papers) {
        return switch (method) {
            case FOR_AGAINST -> forAgainst(papers);
            case APPROVAL -> approval(options, papers);
            case MAJORITY_JUDGMENT -> judgment(options, papers);
        };
    }

    static ForAgainst forAgainst(List<String> papers) {
        long[] counts = new long[Choice.Answer.values().length];
        for (String paper : papers) {
            counts[Choice.answer(paper).ordinal()]++;
        }
        return new ForAgainst(papers.size(), counts[Choice.Answer.FOR.ordinal()], counts[Choice.Answer.AGAINST.ordinal()],
                counts[Choice.Answer.ABSTAIN.ordinal()]);
    }

    static Approval approval(int options, List<String> papers) {
        long[] approvals = new long[options + 1];
        for (String paper : papers) {
            for (int position : Choice.approved(options, paper)) {
                approvals[position]++;
            }
        }
        List<Approved> ranked = new ArrayList<>();
        for (int position = 1; position <= options; position++) {
            long mine = approvals[position];
            int rank = 1 + (int) IntStream.rangeClosed(1, options).filter(p -> approvals[p] > mine).count();
            ranked.add(new Approved(position, mine, rank, mine * 2 > papers.size()));
        }
        return new Approval(papers.size(), ranked);
    }

    static Judgment judgment(int options, List<String> papers) {
        long[][] profiles = new long[options][Choice.EXCELLENT + 1];
        for (String paper : papers) {
            int[] grades = Choice.grades(options, paper);
            for (int option = 0; option < options; option++) {
                profiles[option][grades[option]]++;
            }
        }
        List<Judged> judged = new ArrayList<>();
        for (int option = 0; option < options; option++) {
            long[] mine = profiles[option];
            int rank = 1 + (int) IntStream.range(0, options).filter(o -> compareMajorityValues(profiles[o], mine) > 0).count();
            judged.add(new Judged(option + 1, mine, papers.isEmpty() ? null : lowerMedian(mine, papers.size()), rank));
        }
        return new Judgment(papers.size(), judged);
    }

    /**
     * The majority grade: the lower middle grade of the papers (for an even number of papers, the
     * lower of the two middle ones), as Balinski and Laraki define it.
     */
    static int lowerMedian(long[] profile, long papers) {
        long index = (papers - 1) / 2;
        long seen = 0;
        for (int grade = Choice.REJECT; grade <= Choice.EXCELLENT; grade++) {
            seen += profile[grade];
            if (seen > index) {
                return grade;
            }
        }
        throw new IllegalArgumentException("no paper");
    }

    /**
     * Compares two merit profiles of the same number of papers by their majority values: the
     * majority grade, then — while equal — the majority grade once one paper at that grade is set
     * aside from each, and so on. Positive when {@code a} is ranked above {@code b}, 0 on a
     * perfect tie (identical profiles).
     */
    static int compareMajorityValues(long[] a, long[] b) {
        long[] left = a.clone();
        long[] right = b.clone();
        long papers = Arrays.stream(left).sum();
        if (papers != Arrays.stream(right).sum()) {
            throw new IllegalArgumentException("profiles of different sizes");
        }
        for (long remaining = papers; remaining > 0; remaining--) {
            int l = lowerMedian(left, remaining);
            int r = lowerMedian(right, remaining);
            if (l != r) {
                return Integer.compare(l, r);
            }
            left[l]--;
            right[r]--;
        }
        return 0;
    }

    /** A stored result read back from its JSON (as {@link Result#json()} writes it). */
    public static Result parse(String json) {
        jakarta.json.JsonObject o;
        try (jakarta.json.JsonReader reader = org.agorapolis.shared.JsonText.JSON.createReader(new java.io.StringReader(json))) {
            o = reader.readObject();
        }
        long ballots = o.getJsonNumber("ballots").longValue();
        return switch (CountingMethod.valueOf(o.getString("method"))) {
            case FOR_AGAINST -> new ForAgainst(ballots, o.getJsonNumber("for").longValue(), o.getJsonNumber("against").longValue(),
                    o.getJsonNumber("abstain").longValue());
            case APPROVAL -> new Approval(ballots, o.getJsonArray("options").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(x -> new Approved(x.getInt("position"), x.getJsonNumber("approvals").longValue(), x.getInt("rank"), x.getBoolean("adopted")))
                    .toList());
            case MAJORITY_JUDGMENT -> new Judgment(ballots, o.getJsonArray("options").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(x -> new Judged(x.getInt("position"), x.getJsonArray("grades").getValuesAs(jakarta.json.JsonNumber.class).stream()
                            .mapToLong(jakarta.json.JsonNumber::longValue).toArray(), x.isNull("majorityGrade") ? null : x.getInt("majorityGrade"),
                            x.getInt("rank")))
                    .toList());
        };
    }

    /** The positions ordered by rank, best first (stable for equal ranks). */
    public static List<Judged> byRank(Judgment judgment) {
        return judgment.options().stream().sorted(Comparator.comparingInt(Judged::rank).thenComparingInt(Judged::position)).toList();
    }
}
