package org.agorapolis.assemblies;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

/** The order in which assemblies are listed to residents. */
final class AssemblyOrder {

    private static final Map<Phase, Integer> RANK = Map.of(
            Phase.OPEN, 0, Phase.VOTING, 1, Phase.CLOSED, 2, Phase.DRAFT, 3);

    /** Open first, then voting, closed and drafts; within a phase, the latest opening first; then by title. */
    static final Comparator<Assembly> MOST_ACTIVE_FIRST = Comparator
            .comparing((Assembly a) -> RANK.get(a.getPhase()))
            .thenComparing(Assembly::getOpensOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Assembly::getTitle);

    private AssemblyOrder() {
    }
}
