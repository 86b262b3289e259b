package org.agorapolis.reports.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.reports.Activity;
import org.agorapolis.reports.Report;
import org.agorapolis.reports.ReportQueries;
import org.agorapolis.reports.ReportScope;
import org.agorapolis.reports.ReportService;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.web.Csv;

/**
 * {@code /reports/table.csv?table=funnel|activity|posters|proposals|ballots|meetings|viral[&assembly=N]}:
 * every other table of the report as CSV, from the same figures as the page — hidden counts as
 * "&lt; k", rates only where the page shows them. Officials and administrators only (web.xml and
 * the service's roles). The reach tables are at {@code /reports/reach.csv}.
 */
@WebServlet(name = "reportTableCsv", urlPatterns = "/reports/table.csv")
public class ReportTableCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final List<String> TABLES = List.of("funnel", "activity", "posters", "proposals", "ballots", "meetings", "viral");

    @Inject
    ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("table");
        if (!TABLES.contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Report report;
        try {
            report = reports.report(ReportScope.parse(request.getParameter("assembly")), false);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"report-" + table + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        switch (table) {
            case "funnel" -> {
                out.print(Csv.line("channel", "invitations_created", "openings", "accounts_created", "members_arrived", "arrivals_per_opening",
                        "first_contributions", "voted", "active_after_30_days"));
                for (ReportQueries.FunnelRow row : report.funnel()) {
                    out.print(Csv.line(row.channel(), row.created().map(c -> c.getText()).orElse(""), row.opened().getText(), row.accounts().getText(),
                            row.joined().getText(), decimal(row.joinRate()), row.contributed().getText(), row.voted().getText(), row.active().getText()));
                }
            }
            case "activity" -> {
                out.print(Csv.line("day", "joins", "proposals", "comments", "supports", "votes"));
                for (Activity.Day day : report.activity().days()) {
                    out.print(Csv.line(day.date().toString(), day.joins().getText(), day.proposals().getText(), day.comments().getText(),
                            day.supports().getText(), day.votes().getText()));
                }
            }
            case "posters" -> {
                out.print(Csv.line("place", "assembly", "scans", "accounts_created", "members_arrived", "first_contributions"));
                for (ReportQueries.PosterFigures poster : report.posters()) {
                    out.print(Csv.line(poster.place(), poster.assembly(), poster.scans().getText(), poster.signUps().getText(), poster.joined().getText(),
                            poster.contributed().getText()));
                }
            }
            case "proposals" -> {
                out.print(Csv.line("status", "proposals"));
                report.proposals().forEach((status, count) -> out.print(Csv.line(status, String.valueOf(count))));
            }
            case "ballots" -> {
                out.print(Csv.line("ballot", "assembly", "method", "voters", "eligible", "turnout", "counted", "adopted", "first"));
                for (ReportQueries.BallotFigures ballot : report.ballots()) {
                    out.print(Csv.line(ballot.question(), ballot.assembly(), ballot.method(), ballot.voters().getText(), ballot.eligible().getText(),
                            decimal(ballot.turnout()), String.valueOf(ballot.counted()), ballot.adopted().map(String::valueOf).orElse(""), ballot.getWinners()));
                }
            }
            case "meetings" -> {
                out.print(Csv.line("meeting", "assembly", "starts_at", "registered", "seats", "attended"));
                for (ReportQueries.MeetingFigures meeting : report.meetings()) {
                    out.print(Csv.line(meeting.meeting(), meeting.assembly(), meeting.startsAt().toString(), meeting.registered().getText(),
                            String.valueOf(meeting.capacity()), meeting.attended().map(a -> a.getText()).orElse("")));
                }
            }
            default -> {
                var viral = report.viral();
                out.print(Csv.line("figure", "value"));
                out.print(Csv.line("memberships", viral.memberships().getText()));
                out.print(Csv.line("members_who_invite", viral.inviters().getText()));
                out.print(Csv.line("share_who_invite", decimal(viral.shareWhoInvite())));
                out.print(Csv.line("people_per_inviter", decimal(viral.invitationsPerInviter())));
                out.print(Csv.line("median_days_join_to_first_invitation", viral.joinToFirstInvitation().map(d -> decimal(Optional.of(d.toMinutes() / 1440.0)))
                        .orElse("")));
                out.print(Csv.line("median_days_opening_to_joining", viral.openedToJoined().map(d -> decimal(Optional.of(d.toMinutes() / 1440.0))).orElse("")));
                out.print(Csv.line("depth", String.valueOf(viral.depth())));
                out.print(Csv.line("chains", viral.chains().getText()));
                out.print(Csv.line("relay_share", decimal(viral.relayShare())));
                out.print(Csv.line("k_overall", decimal(report.reach().kOverall())));
            }
        }
    }

    /** As the reach tables write figures ({@link ReachCsvServlet#decimal}). */
    private static String decimal(Optional<Double> value) {
        return ReachCsvServlet.decimal(value.orElse(null));
    }
}
