package org.agorapolis.reports.web;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.reports.Report;
import org.agorapolis.reports.ReportScope;
import org.agorapolis.reports.ReportService;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;

/**
 * {@code /reports/?assembly=N}: the town's report or one published assembly's, with the switch
 * between them, how fresh the figures are, and the downloads.
 */
@Named
@RequestScoped
public class ReportsHomeBacking {

    @Inject
    ReportService reports;

    private Report report;
    private List<Report.Choice> choices;

    /** Runs before the page renders (f:viewAction): an unknown or draft assembly answers 404. */
    public void load() {
        ReportScope scope = RequestParameters.id("assembly").map(ReportScope::assembly).orElse(ReportScope.TOWN);
        try {
            report = reports.report(scope, RequestParameters.text("refresh").isPresent());
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        choices = reports.choices();
        archivedAt = scope.assemblyId().flatMap(reports::councilReportArchivedAt).orElse(null);
    }

    private Instant archivedAt;

    /** When the assembly's report was archived at its closing, or null. */
    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Report getReport() {
        return report;
    }

    public List<Report.Choice> getChoices() {
        return choices;
    }

    /** The chosen assembly's number, or null for the town (the switch's selected value). */
    public Long getAssembly() {
        return report == null ? null : report.scope().assemblyId().orElse(null);
    }

    /** "?assembly=N" or "" — appended to every download link so that it covers what the page shows. */
    public String getScopeQuery() {
        String query = report == null ? "" : report.scope().query();
        return query.isEmpty() ? "" : "?" + query;
    }

    /** "&assembly=N" or "", for links that already carry a parameter. */
    public String getScopeParameter() {
        String query = report == null ? "" : report.scope().query();
        return query.isEmpty() ? "" : "&" + query;
    }

    /** When the figures were computed, in the town's time and the visitor's language. */
    public String getComputedAt() {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(report.computedAt().atZone(org.agorapolis.town.Town.ZONE));
    }

    /** How many whole minutes old the figures are. */
    public long getAgeMinutes() {
        return report.age(Instant.now()).toMinutes();
    }

    /** The activity chart's Chart.js configuration, its series named in the visitor's language. */
    public String getActivityChart() {
        return report.activity().chartJson(Messages.text("activity.joins"), Messages.text("activity.proposals"), Messages.text("activity.comments"),
                Messages.text("activity.supports"), Messages.text("activity.votes"));
    }
}
