package com.monps.core.history;

import java.nio.file.Path;
import java.util.List;

/**
 * What a history file holds: the valid matches, the rows skipped with their reason, and how many data rows there were
 * (blank rows excluded).
 */
public record ParsedFile(Path file, List<HistoricalMatch> matches, List<RowProblem> problems, int dataRows) {

    public ParsedFile {
        matches = List.copyOf(matches);
        problems = List.copyOf(problems);
    }
}
