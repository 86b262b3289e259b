package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.agorapolis.assemblies.Phase;
import org.junit.jupiter.api.Test;

class TownFiguresTest {

    @Test
    void assembliesAreTheSumOverEveryPhase() {
        TownFigures figures = new TownFigures(10, 4, 3, Map.of(Phase.OPEN, 2L, Phase.CLOSED, 5L));

        assertEquals(7, figures.assemblies());
        assertEquals(0, figures.assembliesIn(Phase.VOTING), "a missing phase counts zero");
        assertEquals(List.of(Phase.DRAFT, Phase.OPEN, Phase.VOTING, Phase.CLOSED), figures.getPhases());
    }
}
