package com.monps.core.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns FastCSV's parser callbacks into {@link CsvRow}s numbered from the line the reading started on. It also keeps
 * what {@link CsvFile} needs once the parser stops: the line of the record being read (the one a parse error is about)
 * and whether that record's last field was quoted (FastCSV ends a quote still open at the end of the text silently).
 */
final class RowCollector extends AbstractBaseCsvCallbackHandler<CsvRow> {

    /** A blank line is one empty field, as RFC 4180 reads it. */
    private static final List<String> BLANK = List.of("");

    private final int firstLine;
    private List<String> fields = new ArrayList<>();
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
        fields = new ArrayList<>(Math.max(fields.size(), 8));
        lastFieldQuoted = false;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        fields.add(new String(buf, offset, len));
        lastFieldQuoted = quoted;
    }

    @Override
    protected CsvRow buildRecord() {
        return CsvRow.of(currentLine(), fields.isEmpty() ? BLANK : Collections.unmodifiableList(fields));
    }
}
