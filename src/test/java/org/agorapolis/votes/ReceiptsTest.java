package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReceiptsTest {

    @Test
    void receiptsAreFiveGroupsOfFourAndNeverRepeatInPractice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String receipt = Receipts.next();
            assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), receipt);
            assertTrue(seen.add(receipt));
        }
    }

    @Test
    void aReceiptTypedLooselyReadsAsItsCanonicalForm() {
        assertEquals(Optional.of("7KQ2-M9XD-0011-ABCD-EFGH"), Receipts.parse(" 7kq2 m9xd-OOIL abcd efgh "));
        assertEquals(Optional.empty(), Receipts.parse("7KQ2-M9XD"));
        assertEquals(Optional.empty(), Receipts.parse("7KQ2-M9XD-0011-ABCD-EFGU"), "U is not in the alphabet");
        assertEquals(Optional.empty(), Receipts.parse(null));
        assertEquals(Optional.empty(), Receipts.parse("x".repeat(1000)));
    }
}
