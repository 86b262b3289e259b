package org.agorapolis.reports;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.agorapolis.shared.security.Roles;

/**
 * The reports as officials and administrators read them: the town's, or one published assembly's,
 * precomputed ({@link ReportSnapshots}) and suppressed (ADR 0009). Moderators see the headline
 * figures in administration.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
public class ReportService {

    @Inject
    ReportSnapshots snapshots;

    @Inject
    ReportQueries queries;

    /** The scope's report, at most a few minutes old, or computed now when {@code refresh} is asked. */
    public Report report(ReportScope scope, boolean refresh) {
        return snapshots.get(scope, refresh);
    }

    /** The published assemblies a report can be switched to. */
    public List<Report.Choice> choices() {
        return queries.choices();
    }

    /** The open-data export of the town's invitation flows, computed now. */
    public List<ReportQueries.Flow> invitationFlows() {
        return queries.invitationFlows(ReportScope.TOWN);
    }

    @Inject
    CouncilReportArchive archive;

    /** The council's report of the scope as a PDF in the language, from the figures the page shows. */
    public byte[] councilReport(ReportScope scope, java.util.Locale language) {
        return CouncilReport.pdf(snapshots.get(scope, false), language, java.time.Instant.now());
    }

    /** The report archived when the assembly closed, in the language ("fr" or "en"), if there is one. */
    public java.util.Optional<CouncilReportArchive.Archived> archivedCouncilReport(long assemblyId, String language) {
        return archive.find(assemblyId, language);
    }

    /** When the assembly's report was archived at its closing, if it was. */
    public java.util.Optional<java.time.Instant> councilReportArchivedAt(long assemblyId) {
        return archive.archivedAt(assemblyId);
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.MODERATOR})
    public TownFigures townFigures() {
        return queries.townFigures();
    }
}
