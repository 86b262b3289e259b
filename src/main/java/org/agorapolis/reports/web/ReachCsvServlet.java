package org.agorapolis.reports.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.reports.ReachReport;
import org.agorapolis.reports.ReportService;
import org.agorapolis.shared.web.Csv;

/**
 * {@code /reports/reach.csv?table=neighbourhoods|ageBands|generations|reachByGeneration[&assembly=N]}: a table of
 * the town's or an assembly's reach report as CSV, with exactly what the page shows — hidden counts as "&lt; k", no ratio beside them.
 * Officials and administrators only (web.xml).
 */
@WebServlet(name = "reachCsv", urlPatterns = "/reports/reach.csv")
public class ReachCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("table");
        if (!List.of("neighbourhoods", "ageBands", "generations", "reachByGeneration").contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReachReport reach;
        try {
            reach = reports.report(org.agorapolis.reports.ReportScope.parse(request.getParameter("assembly")), false).reach();
        } catch (org.agorapolis.shared.NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reach-" + table + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        if ("reachByGeneration".equals(table)) {
            out.print(Csv.line("generation", "memberships_who_answered", "inclusion_by_neighbourhood", "inclusion_by_age_band"));
            for (ReachReport.GenerationReach g : reach.reachByGeneration()) {
                out.print(Csv.line(String.valueOf(g.generation()), g.answered().getText(), decimal(g.getByNeighbourhood()), decimal(g.getByAgeBand())));
            }
            return;
        }
        if ("generations".equals(table)) {
            out.print(Csv.line("generation", "memberships", "k_to_next"));
            for (ReachReport.Generation g : reach.generations()) {
                out.print(Csv.line(String.valueOf(g.generation()), g.members().getText(), decimal(g.getK())));
            }
            return;
        }
        out.print(Csv.line("neighbourhoods".equals(table) ? "neighbourhood" : "age_band", "members_who_answered", "census_population",
                "representation_ratio"));
        for (ReachReport.Row row : "neighbourhoods".equals(table) ? reach.byNeighbourhood() : reach.byAgeBand()) {
            out.print(Csv.line(row.name(), row.members().getText(), String.valueOf(row.population()), decimal(row.getRatio())));
        }
    }

    /** A figure with a point and two decimals whatever the language (spreadsheets convert it); empty when there is none. */
    static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
