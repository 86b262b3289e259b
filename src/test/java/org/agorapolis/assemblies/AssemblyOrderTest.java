package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class AssemblyOrderTest {

    @Test
    void mostActiveFirst_listsOpenThenVotingThenClosedThenDrafts() {
        List<String> titles = Stream.of(
                        assembly("Closed", Phase.CLOSED, null),
                        assembly("Draft", Phase.DRAFT, null),
                        assembly("Voting", Phase.VOTING, null),
                        assembly("Open", Phase.OPEN, null))
                .sorted(AssemblyOrder.MOST_ACTIVE_FIRST).map(Assembly::getTitle).toList();

        assertEquals(List.of("Open", "Voting", "Closed", "Draft"), titles);
    }

    @Test
    void mostActiveFirst_withinAPhaseTheLatestOpeningComesFirstAndUndatedLast() {
        List<String> titles = Stream.of(
                        assembly("Undated", Phase.OPEN, null),
                        assembly("Older", Phase.OPEN, LocalDate.of(2026, 1, 10)),
                        assembly("Newer", Phase.OPEN, LocalDate.of(2026, 3, 1)))
                .sorted(AssemblyOrder.MOST_ACTIVE_FIRST).map(Assembly::getTitle).toList();

        assertEquals(List.of("Newer", "Older", "Undated"), titles);
    }

    @Test
    void mostActiveFirst_sameDateFallsBackToTheTitle() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        List<String> titles = Stream.of(assembly("Zinnia", Phase.OPEN, day), assembly("Acacia", Phase.OPEN, day))
                .sorted(AssemblyOrder.MOST_ACTIVE_FIRST).map(Assembly::getTitle).toList();

        assertEquals(List.of("Acacia", "Zinnia"), titles);
    }

    private static Assembly assembly(String title, Phase phase, LocalDate opensOn) {
        Assembly assembly = new Assembly(title, "", Visibility.PUBLIC);
        set(assembly, "phase", phase);
        set(assembly, "opensOn", opensOn);
        return assembly;
    }

    private static void set(Assembly assembly, String field, Object value) {
        try {
            Field f = Assembly.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(assembly, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
