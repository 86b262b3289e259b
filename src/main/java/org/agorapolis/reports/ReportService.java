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

    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.MODERATOR})
    public TownFigures townFigures() {
        return queries.townFigures();
    }
}
