package org.agorapolis.reports.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.reports.ReportQueries;
import org.agorapolis.reports.ReportService;
import org.agorapolis.shared.web.Csv;
import org.agorapolis.town.TownService;

/**
 * {@code /reports/open-data.csv} and {@code .json}: the anonymised invitation flows the town may
 * publish (generation × neighbourhood × age band × channel), counts under k as "&lt; k". No person,
 * no assembly, no date finer than the export's. Officials and administrators only (web.xml).
 */
@WebServlet(name = "openData", urlPatterns = {"/reports/open-data.csv", "/reports/open-data.json"})
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    TownService town;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ReportQueries.Flow> flows = reports.invitationFlows();
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().endsWith(".csv")) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"invitation-flows.csv\"");
            PrintWriter out = response.getWriter();
            out.print(Csv.line("generation", "neighbourhood", "age_band", "channel", "invitations"));
            for (ReportQueries.Flow flow : flows) {
                out.print(Csv.line(String.valueOf(flow.generation()), flow.neighbourhood(), flow.ageBand(), flow.channel(), flow.invitations().getText()));
            }
            return;
        }
        JsonArrayBuilder cells = org.agorapolis.shared.JsonText.JSON.createArrayBuilder();
        for (ReportQueries.Flow flow : flows) {
            JsonObjectBuilder cell = org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("generation", flow.generation()).add("neighbourhood", flow.neighbourhood())
                    .add("age_band", flow.ageBand()).add("channel", flow.channel());
            if (flow.invitations().hidden()) {
                cell.add("invitations", flow.invitations().getText());
            } else {
                cell.add("invitations", flow.invitations().value());
            }
            cells.add(cell);
        }
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"invitation-flows.json\"");
        response.getWriter().print(org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("town", town.townName()).add("generated_at", Instant.now().toString())
                .add("k", org.agorapolis.reports.Suppression.effectiveK(town.settings().reportK()))
                .add("note", "Invitations accepted, by generation, the invitee's neighbourhood (code) and age band, and channel; counts under k are hidden, "
                        + "with another count of the same generation when one alone would be recovered from the generation's total.")
                .add("flows", cells).build().toString());
    }
}
