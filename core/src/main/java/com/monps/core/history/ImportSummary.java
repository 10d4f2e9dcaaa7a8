package com.monps.core.history;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did. {@code matchesAdded + matchesUpdated + matchesUnchanged} is the number of valid rows;
 * {@code oddsAdded} counts new {@code odds_h2h} rows and {@code lineOddsAdded} new {@code odds_lines} rows (0 when the
 * same files are imported again). Skipped rows are in
 * {@code problems}; files that could not be read at all are in {@code failedFiles}, each with its reason.
 */
public record ImportSummary(int files, int dataRows, int matchesAdded, int matchesUpdated, int matchesUnchanged,
                            int oddsAdded, int lineOddsAdded, List<RowProblem> problems, List<String> failedFiles) {

    public ImportSummary {
        problems = List.copyOf(problems);
        failedFiles = List.copyOf(failedFiles);
    }

    public static ImportSummary empty() {
        return new ImportSummary(0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
    }

    public static ImportSummary failed(String reason) {
        return new ImportSummary(1, 0, 0, 0, 0, 0, 0, List.of(), List.of(reason));
    }

    public ImportSummary plus(ImportSummary other) {
        List<RowProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        List<String> allFailures = new ArrayList<>(failedFiles);
        allFailures.addAll(other.failedFiles);
        return new ImportSummary(files + other.files, dataRows + other.dataRows, matchesAdded + other.matchesAdded,
                matchesUpdated + other.matchesUpdated, matchesUnchanged + other.matchesUnchanged,
                oddsAdded + other.oddsAdded, lineOddsAdded + other.lineOddsAdded, allProblems, allFailures);
    }

    public int rowsSkipped() {
        return problems.size();
    }

    /** One line for a terminal or a log. */
    public String describe() {
        return String.format("%d file(s), %d rows: %d matches added, %d updated, %d unchanged, %d prices added, "
                        + "%d line prices added, %d rows skipped, %d file(s) failed",
                files, dataRows, matchesAdded, matchesUpdated, matchesUnchanged, oddsAdded, lineOddsAdded, rowsSkipped(),
                failedFiles.size());
    }
}
