package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.agorapolis.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @Test
    void wellFormedChoicesAreKeptInTheirOneTextForm() {
        assertEquals("ABSTAIN", Choice.canonical(CountingMethod.FOR_AGAINST, 0, "ABSTAIN"));
        assertEquals("1,3", Choice.canonical(CountingMethod.APPROVAL, 3, "1,3"));
        assertEquals("", Choice.canonical(CountingMethod.APPROVAL, 3, ""));
        assertEquals("5,0,2", Choice.canonical(CountingMethod.MAJORITY_JUDGMENT, 3, "5,0,2"));
        assertEquals("2,3", Choice.approving(3, 3, 2));
    }

    @Test
    void anythingElseIsRefusedAsAnInvalidChoice() {
        String[][] refused = {
            {"FOR_AGAINST", "0", "MAYBE"}, {"FOR_AGAINST", "0", "for"}, {"FOR_AGAINST", "0", ""},
            {"APPROVAL", "3", "2,1"}, {"APPROVAL", "3", "1,1"}, {"APPROVAL", "3", "4"}, {"APPROVAL", "3", "0"}, {"APPROVAL", "3", "1,,2"},
            {"APPROVAL", "3", " 1"}, {"APPROVAL", "3", "1;2"},
            {"MAJORITY_JUDGMENT", "2", "5,6"}, {"MAJORITY_JUDGMENT", "2", "5"}, {"MAJORITY_JUDGMENT", "2", ""}, {"MAJORITY_JUDGMENT", "2", "5,4,3"},
            {"MAJORITY_JUDGMENT", "2", "-1,3"}, {"MAJORITY_JUDGMENT", "2", "1".repeat(100)},
        };
        for (String[] bad : refused) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Choice.canonical(CountingMethod.valueOf(bad[0]), Integer.parseInt(bad[1]), bad[2]), String.join(" ", bad));
            assertEquals("vote.invalidChoice", e.messageKey());
        }
        assertThrows(InvalidInputException.class, () -> Choice.canonical(CountingMethod.APPROVAL, 3, null));
    }
}
