package com.monps.core.history;

import com.monps.core.csv.CsvFile;
import com.monps.core.csv.CsvRow;

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
        List<CsvRow> records;
        try {
            records = CsvFile.read(file);
        } catch (IOException e) {
            throw new HistoryFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new HistoryFormatException(file + " is empty: expected a header line starting with Div,Date,...");
        }
        FootballDataRow rows;
        try {
            rows = new FootballDataRow(Header.of(records.getFirst().fields()));
        } catch (IllegalArgumentException e) {
            throw new HistoryFormatException(file + ": " + e.getMessage());
        }
        List<HistoricalMatch> matches = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int dataRows = 0;
        for (CsvRow record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            dataRows++;
            if (record.isBroken()) {
                problems.add(new RowProblem(file, record.line(), record.problem()));
                continue;
            }
            try {
                matches.add(rows.parse(record.fields()));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(file, record.line(), e.getMessage()));
            }
        }
        return new ParsedFile(file, matches, problems, dataRows);
    }
}
