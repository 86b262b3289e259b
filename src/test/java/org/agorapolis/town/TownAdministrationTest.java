package org.agorapolis.town;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TownAdministrationTest {

    @Test
    void aNeighbourhoodsCodeIsItsNameInLowerCaseAsciiWords() {
        assertEquals("quartier-de-la-gare", TownAdministration.code("Quartier de la Gare"));
        assertEquals("les-pres-saint-jean", TownAdministration.code("  Les Prés – Saint-Jean ! "));
        assertEquals("", TownAdministration.code("« »"));
        assertEquals(40, TownAdministration.code("a".repeat(60)).length());
    }
}
