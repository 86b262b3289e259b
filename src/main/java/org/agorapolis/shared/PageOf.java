package org.agorapolis.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items  the items of this page
 * @param total  how many items there are in all
 * @param number the page number, from 1
 * @param size   the most items a page holds
 */
public record PageOf<T>(List<T> items, long total, int number, int size) {

    public static final int MAX_SIZE = 100;

    public PageOf {
        items = List.copyOf(items);
    }

    public long getPages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean isFirst() {
        return number <= 1;
    }

    public boolean isLast() {
        return number >= getPages();
    }

    public List<T> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public int getNumber() {
        return number;
    }

    /** The highest page number asked for; beyond it, pages are empty anyway. */
    public static final int MAX_NUMBER = 100_000;

    /** A page number within bounds: 1 to {@link #MAX_NUMBER}, so that offsets never overflow. */
    public static int clampNumber(int requested) {
        return Math.min(MAX_NUMBER, Math.max(1, requested));
    }

    /** A page size within bounds: 1 to {@link #MAX_SIZE}. */
    public static int clampSize(int requested) {
        return Math.min(MAX_SIZE, Math.max(1, requested));
    }
}
