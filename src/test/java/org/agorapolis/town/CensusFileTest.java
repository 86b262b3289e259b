package org.agorapolis.town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agorapolis.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CensusFileTest {

    private static final List<CensusFile.Place> PLACES = List.of(new CensusFile.Place(1, "Les Prés", "les-pres"),
            new CensusFile.Place(2, "Centre-ville", "centre-ville"));
    private static final List<AgeBand> BANDS = List.of(new AgeBand(10, 15, 29), new AgeBand(11, 30, 74), new AgeBand(12, 75, null));

    private static CensusFile.Reading read(String text) {
        return CensusFile.read(text.getBytes(StandardCharsets.UTF_8), PLACES, BANDS);
    }

    @Test
    void namesOrCodesCommasOrSemicolonsQuotesAndSpacesInNumbersAreRead() {
        CensusFile.Reading reading = read("\uFEFFquartier;tranche;population\n"
                + "les prés;15-29;1 250\n"
                + "\"CENTRE VILLE\",30-74,\"3400\"\n"
                + "centre-ville;75+;410\n\n");
        assertTrue(reading.ok(), reading.problems().toString());
        assertEquals(List.of(new CensusFile.Line(1, 10, 1250), new CensusFile.Line(2, 11, 3400), new CensusFile.Line(2, 12, 410)), reading.lines());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsTaken() {
        CensusFile.Reading reading = read("quartier,tranche,population\n"
                + "Les Prés,15-29,100\n"
                + "Quartier inconnu,15-29,10\n"
                + "Les Prés,16-29,10\n"
                + "Les Prés,30-74,-5\n"
                + "Les Prés,15-29,7\n"
                + "Les Prés,75+\n"
                + "Les Prés,75+,99999999\n");
        assertTrue(reading.lines().isEmpty(), "all or nothing");
        assertEquals(List.of("3 census.unknownNeighbourhood", "4 census.unknownAgeBand", "5 census.badPopulation", "6 census.duplicate",
                "7 census.columns", "8 census.badPopulation"), reading.problems().stream().map(p -> p.line() + " " + p.key()).toList());
    }

    @Test
    void filesThatCannotBeReadAreRefusedWhole() {
        assertEquals("census.empty", assertThrows(InvalidInputException.class, () -> read("quartier,tranche,population\n")).messageKey());
        assertEquals("census.notUtf8", assertThrows(InvalidInputException.class,
                () -> CensusFile.read(new byte[] {'a', (byte) 0xff, (byte) 0xfe, '\n', 'b'}, PLACES, BANDS)).messageKey());
        assertEquals("census.tooBig", assertThrows(InvalidInputException.class,
                () -> CensusFile.read(new byte[CensusFile.MAX_BYTES + 1], PLACES, BANDS)).messageKey());
    }

    @Test
    void onlyTheFirstTenErrorsAreListed() {
        StringBuilder text = new StringBuilder("quartier,tranche,population\n");
        for (int i = 0; i < 50; i++) {
            text.append("Nulle part,15-29,1\n");
        }
        assertEquals(CensusFile.MAX_ERRORS, read(text.toString()).problems().size());
    }
}
