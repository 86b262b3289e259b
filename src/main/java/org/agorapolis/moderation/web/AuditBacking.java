package org.agorapolis.moderation.web;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.moderation.AuditLog;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.web.RequestParameters;

/** {@code /admin/audit/?action=&from=&to=}: the audit trail for administrators, with its CSV export. */
@Named
@RequestScoped
public class AuditBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    private AuditLog.Filter filter;
    private PageOf<AuditLog.Entry> page;

    @PostConstruct
    void load() {
        filter = filter(RequestParameters.text("action").orElse(null), RequestParameters.text("from").orElse(null),
                RequestParameters.text("to").orElse(null));
        page = log.entries(filter, RequestParameters.number("page", 1), PAGE_SIZE);
    }

    /** The filter of the request's parameters; a date that is not one is ignored. */
    static AuditLog.Filter filter(String action, String from, String to) {
        return new AuditLog.Filter(action, date(from), date(to));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public String pageLink(int number) {
        return "?" + query() + "&page=" + number;
    }

    /** The filter as a query string, for the pager and the export link. */
    public String query() {
        return "action=" + (filter.action() == null ? "" : java.net.URLEncoder.encode(filter.action(), java.nio.charset.StandardCharsets.UTF_8))
                + "&from=" + (filter.from() == null ? "" : filter.from()) + "&to=" + (filter.to() == null ? "" : filter.to());
    }

    public PageOf<AuditLog.Entry> getPage() {
        return page;
    }

    public AuditLog.Filter getFilter() {
        return filter;
    }
}
