package org.agorapolis.reports;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.security.Roles;
import org.agorapolis.town.TownService;

/** Builds the figures officials read. Moderators see the same headline figures in administration. */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.MODERATOR})
public class ReportService {

    static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

    @Inject
    ParticipantService participants;

    @Inject
    AssemblyService assemblies;

    @Inject
    TownService town;

    public TownFigures townFigures() {
        return new TownFigures(
                participants.count(),
                participants.countSignedInSince(Instant.now().minus(ACTIVE_WINDOW)),
                town.countNeighbourhoods(),
                assemblies.countByPhase());
    }
}
