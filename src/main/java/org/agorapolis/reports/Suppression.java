package org.agorapolis.reports;

import java.util.Arrays;

/**
 * Small-cell suppression of a published table of counts, so that no report or export can single
 * anyone out (ADR 0009).
 * <ol>
 * <li><b>Primary</b>: a count from 1 to k − 1 is shown as "&lt; k" — cells and totals alike. Zero is
 * shown: an empty group says nothing about a person.</li>
 * <li><b>Complementary</b>: wherever a total is shown and exactly one of the counts it adds up is
 * hidden, that count could be recovered by subtraction; so the smallest other count of the same
 * line is hidden too (a non-zero one if any, the leftmost, or topmost, among equals), or, when there is none, the total
 * itself. Rows against their row totals, columns against their column totals, row totals and
 * column totals against the grand total — repeated until nothing changes.</li>
 * </ol>
 * k is 5 by default and never below 3, whatever the configuration says.
 */
public final class Suppression {

    public static final int DEFAULT_K = 5;
    public static final int MIN_K = 3;

    private Suppression() {
    }

    /** Which counts of a table are hidden: cells, row totals, column totals and the grand total. */
    public record Hidden(boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals, boolean grandTotal) {

        public int count() {
            int hidden = grandTotal ? 1 : 0;
            for (boolean[] row : cells) {
                for (boolean cell : row) {
                    hidden += cell ? 1 : 0;
                }
            }
            for (boolean total : rowTotals) {
                hidden += total ? 1 : 0;
            }
            for (boolean total : columnTotals) {
                hidden += total ? 1 : 0;
            }
            return hidden;
        }
    }

    /** The threshold actually applied: the configured one, never below {@link #MIN_K}. */
    public static int effectiveK(int configured) {
        return Math.max(MIN_K, configured);
    }

    /** A count as published: the number, or "&lt; k". */
    public static String shown(long count, boolean hidden, int k) {
        return hidden ? "< " + effectiveK(k) : Long.toString(count);
    }

    /** Suppression of a list of counts published with its total (one row, no column totals). */
    public static Hidden ofList(long[] counts, int k) {
        return of(new long[][] {counts}, k, false);
    }

    /**
     * Suppression of a table published with its row totals, column totals and grand total.
     *
     * @param counts rows × columns, every row as long as the first
     */
    public static Hidden of(long[][] counts, int k) {
        return of(counts, k, true);
    }

    private static Hidden of(long[][] counts, int k, boolean columnTotalsPublished) {
        int threshold = effectiveK(k);
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[] rowTotals = new long[rows];
        long[] columnTotals = new long[columns];
        long grand = 0;
        boolean[][] cells = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("Every row must have " + columns + " columns");
            }
            for (int c = 0; c < columns; c++) {
                long value = counts[r][c];
                if (value < 0) {
                    throw new IllegalArgumentException("Counts are never negative");
                }
                cells[r][c] = small(value, threshold);
                rowTotals[r] += value;
                columnTotals[c] += value;
                grand += value;
            }
        }
        boolean[] rowHidden = new boolean[rows];
        boolean[] columnHidden = new boolean[columns];
        for (int r = 0; r < rows; r++) {
            rowHidden[r] = small(rowTotals[r], threshold);
        }
        for (int c = 0; c < columns && columnTotalsPublished; c++) {
            columnHidden[c] = small(columnTotals[c], threshold);
        }
        boolean grandHidden = small(grand, threshold);

        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                long[] values = counts[r];
                boolean[] hidden = cells[r];
                if (!rowHidden[r] && exactlyOne(hidden)) {
                    int other = smallestShown(values, hidden);
                    if (other >= 0) {
                        hidden[other] = true;
                    } else {
                        rowHidden[r] = true;
                    }
                    changed = true;
                }
            }
            for (int c = 0; c < columns && columnTotalsPublished; c++) {
                long[] values = new long[rows];
                boolean[] hidden = new boolean[rows];
                for (int r = 0; r < rows; r++) {
                    values[r] = counts[r][c];
                    hidden[r] = cells[r][c];
                }
                if (!columnHidden[c] && exactlyOne(hidden)) {
                    int other = smallestShown(values, hidden);
                    if (other >= 0) {
                        cells[other][c] = true;
                    } else {
                        columnHidden[c] = true;
                    }
                    changed = true;
                }
            }
            // Row totals and column totals each add up to the grand total.
            if (!grandHidden && rows > 1 && exactlyOne(rowHidden)) {
                int other = smallestShown(rowTotals, rowHidden);
                if (other >= 0) {
                    rowHidden[other] = true;
                } else {
                    grandHidden = true;
                }
                changed = true;
            }
            if (columnTotalsPublished && !grandHidden && columns > 1 && exactlyOne(columnHidden)) {
                int other = smallestShown(columnTotals, columnHidden);
                if (other >= 0) {
                    columnHidden[other] = true;
                } else {
                    grandHidden = true;
                }
                changed = true;
            }
        }
        return new Hidden(cells, rowHidden, columnHidden, grandHidden);
    }

    private static boolean small(long value, int threshold) {
        return value > 0 && value < threshold;
    }

    private static boolean exactlyOne(boolean[] hidden) {
        int count = 0;
        for (boolean h : hidden) {
            count += h ? 1 : 0;
        }
        return count == 1;
    }

    /**
     * The index of the smallest count still shown, a non-zero one if there is any (hiding a zero
     * beside a small count protects it less), the first among equals; −1 if none is shown.
     */
    private static int smallestShown(long[] values, boolean[] hidden) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!hidden[i] && (best < 0 || better(values[i], values[best]))) {
                best = i;
            }
        }
        return best;
    }

    private static boolean better(long candidate, long current) {
        if ((candidate > 0) != (current > 0)) {
            return candidate > 0;
        }
        return candidate < current;
    }

    /** For tests and logs: the table as published, "<k" in place of hidden counts. */
    static String render(long[][] counts, Hidden hidden, int k) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < counts.length; r++) {
            long total = Arrays.stream(counts[r]).sum();
            for (int c = 0; c < counts[r].length; c++) {
                out.append(shown(counts[r][c], hidden.cells()[r][c], k)).append(" | ");
            }
            out.append(shown(total, hidden.rowTotals()[r], k)).append('\n');
        }
        long grand = 0;
        for (int c = 0; c < hidden.columnTotals().length; c++) {
            long total = 0;
            for (long[] row : counts) {
                total += row[c];
            }
            grand += total;
            out.append(shown(total, hidden.columnTotals()[c], k)).append(" | ");
        }
        return out.append(shown(grand, hidden.grandTotal(), k)).toString();
    }
}
