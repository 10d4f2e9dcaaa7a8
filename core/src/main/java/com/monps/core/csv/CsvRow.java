package com.monps.core.csv;

import java.util.List;

/**
 * One record of a CSV file and the line it starts on (1 for the header): a quoted field may hold line breaks, so a
 * record's number and its line number differ, and errors name the line a user finds in an editor.
 */
public record CsvRow(int line, List<String> fields) {

    /** True when every field is empty or spaces: a blank line, or a line of separators only. */
    public boolean isBlank() {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
