package com.monps.core.csv;

import java.util.List;

/**
 * One record of a CSV file and the line it starts on (1 for the header): a quoted field may hold line breaks, so a
 * record's number and its line number differ, and errors name the line a user finds in an editor. A record the parser
 * could not read (a quote never closed, text after a closing quote) has no fields and a {@link #problem()}.
 */
public record CsvRow(int line, List<String> fields, String problem) {

    public static CsvRow of(int line, List<String> fields) {
        return new CsvRow(line, fields, null);
    }

    static CsvRow broken(int line, String problem) {
        return new CsvRow(line, List.of(), problem);
    }

    public boolean isBroken() {
        return problem != null;
    }

    /** True when every field is empty or spaces: a blank line, or a line of separators only. */
    public boolean isBlank() {
        if (isBroken()) {
            return false;
        }
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
