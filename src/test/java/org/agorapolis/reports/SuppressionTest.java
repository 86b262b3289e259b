package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The suppression rule of ADR 0009 on small hand-drawn tables, each worked out by hand in its comment. */
class SuppressionTest {

    @Test
    void aSmallCountIsHiddenAndTheSmallestOtherNonZeroCountOfItsListToo() {
        // 3 < 5 is hidden; the total 43 is shown, so 3 could be recovered: the smallest other non-zero count, 8, is hidden too.
        Suppression.Hidden hidden = Suppression.ofList(new long[] {12, 3, 8, 0, 20}, 5);
        assertArrayEquals(new boolean[] {false, true, true, false, false}, hidden.cells()[0]);
        assertFalse(hidden.rowTotals()[0]);
        assertEquals("12 | < 5 | < 5 | 0 | 20 | 43", Suppression.render(new long[][] {{12, 3, 8, 0, 20}}, hidden, 5).lines().findFirst().orElseThrow());
    }

    @Test
    void zeroIsShownAndATableWithoutSmallCountsHidesNothing() {
        assertEquals(0, Suppression.of(new long[][] {{0, 5, 7}, {9, 0, 0}}, 5).count());
    }

    @Test
    void aTwoCountListHidesBoth() {
        // 2 is hidden; 30 = 32 − 2 would give it away through the total: hidden too.
        assertArrayEquals(new boolean[] {true, true}, Suppression.ofList(new long[] {2, 30}, 5).cells()[0]);
    }

    @Test
    void aSmallTotalIsHiddenWithItsCounts() {
        Suppression.Hidden hidden = Suppression.ofList(new long[] {2, 0}, 5);
        assertArrayEquals(new boolean[] {true, false}, hidden.cells()[0]);
        assertTrue(hidden.rowTotals()[0]);
        assertTrue(hidden.grandTotal());
    }

    @Test
    void kIsNeverBelowThree() {
        assertEquals(3, Suppression.effectiveK(1));
        assertEquals(5, Suppression.effectiveK(5));
        // With k configured at 2, 2 is still hidden (2 < 3), and 10 with it.
        assertArrayEquals(new boolean[] {true, true, false}, Suppression.ofList(new long[] {2, 10, 11}, 2).cells()[0]);
        assertEquals("< 3", Suppression.shown(2, true, 2));
    }

    @Test
    void inATableRowsAndColumnsAreProtectedTogether() {
        //            0    1    2  | total
        // A         10    2    7  | 19
        // B          6    8    9  | 23
        // C          0   12    4  | 16
        // total     16   22   20  | 58
        // Primary: A1 = 2 and C2 = 4. Row A then hides its smallest other non-zero count, A2 = 7; row C hides C1 = 12
        // (C0 is zero). Columns 1 and 2 now each hide two counts, rows A and C two each: nothing else to do.
        long[][] counts = {{10, 2, 7}, {6, 8, 9}, {0, 12, 4}};
        Suppression.Hidden hidden = Suppression.of(counts, 5);
        assertEquals("""
                10 | < 5 | < 5 | 19
                6 | 8 | 9 | 23
                0 | < 5 | < 5 | 16
                16 | 22 | 20 | 58""", Suppression.render(counts, hidden, 5));
        assertEquals(4, hidden.count());
    }

    @Test
    void totalsAreProtectedAgainstTheGrandTotal() {
        //            0    1  | total
        // A          1    1  |  2
        // B         10   10  | 20
        // total     11   11  | 22
        // Primary: A0, A1 and A's total 2. Column 0 hides one count, so B0 too; column 1 likewise, B1. Row totals: A's
        // alone is hidden while the grand total 22 is shown (22 − 20 = 2), so B's total 20 is hidden too.
        long[][] counts = {{1, 1}, {10, 10}};
        Suppression.Hidden hidden = Suppression.of(counts, 5);
        assertEquals("""
                < 5 | < 5 | < 5
                < 5 | < 5 | < 5
                11 | 11 | 22""", Suppression.render(counts, hidden, 5));
    }

    @Test
    void noHiddenCountCanBeRecoveredBySubtractionFromAShownTotal() {
        long[][] counts = {{3, 40, 7, 1}, {25, 0, 2, 30}, {6, 6, 6, 6}, {0, 0, 4, 50}};
        Suppression.Hidden hidden = Suppression.of(counts, 5);
        for (int r = 0; r < counts.length; r++) {
            int inRow = 0;
            for (boolean h : hidden.cells()[r]) {
                inRow += h ? 1 : 0;
            }
            assertTrue(hidden.rowTotals()[r] || inRow != 1, "row " + r);
        }
        for (int c = 0; c < counts[0].length; c++) {
            int inColumn = 0;
            for (boolean[] row : hidden.cells()) {
                inColumn += row[c] ? 1 : 0;
            }
            assertTrue(hidden.columnTotals()[c] || inColumn != 1, "column " + c);
        }
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                if (counts[r][c] > 0 && counts[r][c] < 5) {
                    assertTrue(hidden.cells()[r][c], "small count at " + r + "," + c);
                }
            }
        }
    }

    @Test
    void badTablesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Suppression.of(new long[][] {{1, 2}, {3}}, 5));
        assertThrows(IllegalArgumentException.class, () -> Suppression.ofList(new long[] {-1}, 5));
        assertEquals(0, Suppression.of(new long[0][0], 5).count());
    }
}
