package com.monps.core.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

import java.util.Arrays;
import java.util.List;

/**
 * Turns FastCSV's parser callbacks into {@link CsvRow}s numbered from the line the reading started on, copying each
 * record's fields into one text that {@link RecordFields} cuts on demand. It also keeps what {@link CsvFile} needs once
 * the parser stops: the line of the record being read (the one a parse error is about) and whether that record's last
 * field was quoted (FastCSV ends a quote still open at the end of the text silently).
 */
final class RowCollector extends AbstractBaseCsvCallbackHandler<CsvRow> {

    /** A blank line is one empty field, as RFC 4180 reads it. */
    private static final List<String> BLANK = List.of("");

    private final int firstLine;
    private char[] chars = new char[1024];
    private int length;
    private int[] ends = new int[128];
    private int fields;
    private boolean lastFieldQuoted;

    RowCollector(int firstLine) {
        this.firstLine = firstLine;
    }

    /** The line (in the whole file) of the record read last or being read. */
    int currentLine() {
        return firstLine - 1 + (int) getStartingLineNumber();
    }

    boolean lastFieldQuoted() {
        return lastFieldQuoted;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        length = 0;
        fields = 0;
        lastFieldQuoted = false;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (length + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
        }
        System.arraycopy(buf, offset, chars, length, len);
        length += len;
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, fields * 2);
        }
        ends[fields++] = length;
        lastFieldQuoted = quoted;
    }

    @Override
    protected CsvRow buildRecord() {
        List<String> row = fields == 0 ? BLANK : new RecordFields(new String(chars, 0, length), Arrays.copyOf(ends, fields));
        return CsvRow.of(currentLine(), row);
    }
}
