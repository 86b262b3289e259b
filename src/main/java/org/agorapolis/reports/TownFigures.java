package org.agorapolis.reports;

import java.util.List;
import java.util.Map;

import org.agorapolis.assemblies.Phase;

/**
 * Headline figures of the town, as of one moment.
 *
 * @param participants     people who have signed in at least once
 * @param activeLast30Days people who signed in during the last 30 days
 * @param neighbourhoods   neighbourhoods the town has declared
 * @param assembliesByPhase assemblies in each phase (every phase present)
 */
public record TownFigures(long participants, long activeLast30Days, long neighbourhoods, Map<Phase, Long> assembliesByPhase) {

    public TownFigures {
        assembliesByPhase = Map.copyOf(assembliesByPhase);
    }

    public long assemblies() {
        return assembliesByPhase.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getParticipants() {
        return participants;
    }

    public long getActiveLast30Days() {
        return activeLast30Days;
    }

    public long getNeighbourhoods() {
        return neighbourhoods;
    }

    public long getAssemblies() {
        return assemblies();
    }

    /** The phases in lifecycle order, for tables that list every phase. */
    public List<Phase> getPhases() {
        return List.of(Phase.values());
    }

    public long assembliesIn(Phase phase) {
        return assembliesByPhase.getOrDefault(phase, 0L);
    }
}
