package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.agorapolis.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssemblySetupTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static AssemblySetup setup(String title, String description, LocalDate opens, LocalDate voting, LocalDate closes, int threshold) {
        return new AssemblySetup(title, "Un résumé assez long.", description, " Mobilité ", Visibility.PUBLIC, List.of(),
                opens, voting, closes, threshold, "Merci !");
    }

    private static String refusal(AssemblySetup setup) {
        return assertThrows(InvalidInputException.class, setup::validated).messageKey();
    }

    @Test
    void validated_cleansTextAndSanitisesTheDescription() {
        AssemblySetup valid = setup("  Pistes cyclables ", "<p>Un <b>plan</b></p><script>x()</script>", DAY, DAY.plusDays(30), DAY.plusDays(40), 25)
                .validated();

        assertEquals("Pistes cyclables", valid.title());
        assertEquals("Mobilité", valid.topic());
        assertEquals("<p>Un <b>plan</b></p>", valid.description());
    }

    @Test
    void validated_acceptsPhasesOfOneDay() {
        assertEquals(DAY, setup("Un jour", "", DAY, DAY, DAY, 1).validated().closesOn());
    }

    @Test
    void validated_refusesDatesOutOfOrderOrMissing() {
        assertEquals("assembly.dates.order", refusal(setup("Dates", "", DAY, DAY.minusDays(1), DAY.plusDays(5), 10)));
        assertEquals("assembly.dates.order", refusal(setup("Dates", "", DAY, DAY.plusDays(5), DAY.plusDays(4), 10)));
        assertEquals("assembly.dates.required", refusal(setup("Dates", "", null, DAY, DAY, 10)));
    }

    @Test
    void validated_refusesLengthsAndThresholdsOutOfBounds() {
        assertEquals("assembly.title.tooShort", refusal(setup("ab", "", DAY, DAY, DAY, 10)));
        assertEquals("assembly.title.required", refusal(setup(" ", "", DAY, DAY, DAY, 10)));
        assertEquals("assembly.description.tooLong", refusal(setup("Titre", "<p>" + "x".repeat(20001) + "</p>", DAY, DAY, DAY, 10)));
        assertEquals("assembly.threshold.range", refusal(setup("Titre", "", DAY, DAY, DAY, 0)));
        assertEquals("assembly.threshold.range", refusal(setup("Titre", "", DAY, DAY, DAY, 100001)));
    }
}
