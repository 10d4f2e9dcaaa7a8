package com.monps.core.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a football-data.co.uk results file (any season's layout) into {@link HistoricalMatch}es. Every row is validated
 * on its own: a bad row becomes a {@link RowProblem} with its line number and never a partial match; blank rows are
 * ignored. Nothing is written anywhere: the importer and the backtest both start here.
 */
public final class FootballDataFile {

    private FootballDataFile() {
    }

    /**
     * @throws HistoryFormatException if the file cannot be read, is empty, or lacks a column every row needs
     */
    public static ParsedFile read(Path file) {
        List<String> lines;
        try {
            lines = CsvText.lines(file);
        } catch (IOException e) {
            throw new HistoryFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new HistoryFormatException(file + " is empty: expected a header line starting with Div,Date,...");
        }
        FootballDataRow rows;
        try {
            rows = new FootballDataRow(Header.of(CsvText.fields(lines.getFirst())));
        } catch (IllegalArgumentException e) {
            throw new HistoryFormatException(file + ": " + e.getMessage());
        }
        List<HistoricalMatch> matches = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int dataRows = 0;
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = CsvText.fields(lines.get(i));
            if (isBlank(fields)) {
                continue;
            }
            dataRows++;
            try {
                matches.add(rows.parse(fields));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(file, i + 1, e.getMessage()));
            }
        }
        return new ParsedFile(file, matches, problems, dataRows);
    }

    private static boolean isBlank(List<String> fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
