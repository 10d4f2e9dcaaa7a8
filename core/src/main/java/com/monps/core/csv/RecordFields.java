package com.monps.core.csv;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The fields of one record as an unmodifiable list over the record's text (its fields one after another, quotes already
 * removed): a field becomes a {@code String} only when it is read. A football-data row has ~106 fields of which the
 * import reads ~40, and making a {@code String} of every field was most of the cold read's cost.
 */
final class RecordFields extends AbstractList<String> implements RandomAccess {

    private final String text;
    private final int[] ends;

    /** {@code ends[i]} is where field {@code i} ends in {@code text}; field {@code i + 1} starts there. */
    RecordFields(String text, int[] ends) {
        this.text = text;
        this.ends = ends;
    }

    @Override
    public String get(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        return text.substring(start, ends[index]);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
