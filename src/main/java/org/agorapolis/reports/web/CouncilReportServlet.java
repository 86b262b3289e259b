package org.agorapolis.reports.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.reports.CouncilReportArchive;
import org.agorapolis.reports.ReportScope;
import org.agorapolis.reports.ReportService;
import org.agorapolis.shared.NotFoundException;

/**
 * {@code /reports/council.pdf?language=fr|en[&assembly=N][&archived=1]}: the council's report of the
 * town or of an assembly, made now from the figures the page shows — or, with {@code archived},
 * the one archived when the assembly closed. Officials and administrators only (web.xml and the
 * service's roles).
 */
@WebServlet(name = "councilReport", urlPatterns = "/reports/council.pdf")
public class CouncilReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("language")) ? "en" : "fr";
        ReportScope scope = ReportScope.parse(request.getParameter("assembly"));
        byte[] pdf;
        try {
            if (request.getParameter("archived") != null) {
                Optional<CouncilReportArchive.Archived> archived = scope.assemblyId().flatMap(id -> reports.archivedCouncilReport(id, language));
                if (archived.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                pdf = archived.get().pdf();
            } else {
                pdf = reports.councilReport(scope, Locale.forLanguageTag(language));
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = "council-report-" + scope.assemblyId().map(id -> "assembly-" + id).orElse("town")
                + (request.getParameter("archived") != null ? "-archived" : "") + "-" + language + ".pdf";
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
