package org.agorapolis.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Activity per day over a period: members joining, proposals, comments, supports and votes, each count
 * under k hidden (ADR 0009) — in the table as "&lt; k", in the chart as a gap.
 */
public record Activity(int k, List<Day> days) {

    /** One day's counts as published. */
    public record Day(LocalDate date, ReachReport.Shown joins, ReachReport.Shown proposals, ReachReport.Shown comments, ReachReport.Shown supports,
                      ReachReport.Shown votes) {

        /** Members who voted that day (a first vote on a ballot; changes are not counted again). */
        public ReachReport.Shown getVotes() {
            return votes;
        }


        public LocalDate getDate() {
            return date;
        }

        public ReachReport.Shown getJoins() {
            return joins;
        }

        public ReachReport.Shown getProposals() {
            return proposals;
        }

        public ReachReport.Shown getComments() {
            return comments;
        }

        public ReachReport.Shown getSupports() {
            return supports;
        }
    }

    public List<Day> getDays() {
        return days;
    }

    /**
     * The Chart.js configuration of the line chart: one line per series, labels the days, hidden
     * counts as null (a gap), never as their value. Series names come from the caller (the
     * visitor's language).
     */
    public String chartJson(String joins, String proposals, String comments, String supports, String votes) {
        StringBuilder labels = new StringBuilder();
        StringBuilder[] series = {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()};
        for (Day day : days) {
            String separator = labels.isEmpty() ? "" : ",";
            labels.append(separator).append('"').append(day.date()).append('"');
            ReachReport.Shown[] counts = {day.joins(), day.proposals(), day.comments(), day.supports(), day.votes()};
            for (int i = 0; i < counts.length; i++) {
                series[i].append(separator).append(counts[i].hidden() ? "null" : Long.toString(counts[i].value()));
            }
        }
        String[] names = {joins, proposals, comments, supports, votes};
        String[] colours = {"#0b5cad", "#17633a", "#7a4a00", "#6b2d91", "#a1122f"};
        StringBuilder datasets = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            datasets.append(i == 0 ? "" : ",").append("{\"label\":").append(jsonString(names[i])).append(",\"data\":[").append(series[i])
                    .append("],\"borderColor\":\"").append(colours[i]).append("\",\"spanGaps\":false,\"fill\":false}");
        }
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets
                + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    static String jsonString(String text) {
        return org.agorapolis.shared.web.ScriptJson.string(text);
    }
}
