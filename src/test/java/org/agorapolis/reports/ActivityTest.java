package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ActivityTest {

    private static ReachReport.Shown count(long value) {
        return new ReachReport.Shown(value, value > 0 && value < 5, 5);
    }

    @Test
    void theChartDrawsHiddenCountsAsGapsNeverAsTheirValue() {
        Activity activity = new Activity(5, List.of(
                new Activity.Day(LocalDate.of(2026, 11, 24), count(12), count(3), count(0), count(7), count(40)),
                new Activity.Day(LocalDate.of(2026, 11, 25), count(2), count(5), count(9), count(0), count(1))));
        String json = activity.chartJson("Adhésions", "Propositions", "Commentaires \"du jour\"", "Soutiens</script>", "Votes");

        assertTrue(json.contains("\"labels\":[\"2026-11-24\",\"2026-11-25\"]"), json);
        assertTrue(json.contains("\"label\":\"Adhésions\",\"data\":[12,null]"), json);
        assertTrue(json.contains("\"label\":\"Propositions\",\"data\":[null,5]"), json);
        assertTrue(json.contains("\"label\":\"Commentaires \\\"du jour\\\"\",\"data\":[0,9]"), json);
        assertTrue(json.contains("\"label\":\"Soutiens\\u003c/script>\",\"data\":[7,0]"), "a label cannot close the page's script: " + json);
        assertTrue(json.contains("\"label\":\"Votes\",\"data\":[40,null]"), json);
        assertEquals(-1, json.indexOf("</script"));
    }
}
