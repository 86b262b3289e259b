package org.agorapolis.moderation.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.moderation.AuditLog;
import org.agorapolis.town.Town;

/** {@code /admin/audit/audit.csv}: the filtered audit trail as CSV (RFC 4180, UTF-8), for administrators only. */
@WebServlet(name = "auditCsv", urlPatterns = "/admin/audit/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditLog.Filter filter = AuditBacking.filter(request.getParameter("action"), request.getParameter("from"), request.getParameter("to"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("id,at,actor,action,object_kind,object_id,assembly_id,before,after\r\n");
        DateTimeFormatter at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Town.ZONE);
        for (AuditLog.Entry e : log.export(filter)) {
            out.print(String.join(",", String.valueOf(e.id()), at.format(e.at()), csv(e.actor()), csv(e.action()), csv(e.objectKind()),
                    e.objectId() == null ? "" : e.objectId().toString(), e.assemblyId() == null ? "" : e.assemblyId().toString(),
                    csv(e.before()), csv(e.after())) + "\r\n");
        }
    }

    static String csv(String value) {
        return org.agorapolis.shared.web.Csv.field(value);
    }
}
