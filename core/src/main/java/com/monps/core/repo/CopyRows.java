package com.monps.core.repo;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import java.util.function.BiConsumer;

/** PostgreSQL's COPY protocol in text format: the bulk path of the price time series (odds_h2h, odds_lines). */
final class CopyRows {

    private static final String UNIQUE_VIOLATION = "23505";

    private CopyRows() {
    }

    /** Copies {@code rows} into {@code table}; {@code line} appends one row's tab-separated values (no newline). */
    static <T> int copy(Connection connection, String table, String columns, Collection<T> rows,
                        BiConsumer<T, StringBuilder> line) throws SQLException {
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT text)");
        try {
            StringBuilder text = new StringBuilder(128);
            for (T row : rows) {
                text.setLength(0);
                line.accept(row, text);
                text.append('\n');
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                copyIn.writeToCopy(bytes, 0, bytes.length);
            }
            return (int) copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }

    /**
     * Stores rows skipping those already stored, returning the number added: straight COPY into {@code table} (every
     * poll: all rows are new) and, only when that hits a stored row, COPY into a temporary copy of the table and
     * INSERT ... ON CONFLICT DO NOTHING. Runs inside the caller's transaction.
     */
    static <T> int merge(Connection connection, String table, String columns, Collection<T> rows,
                         BiConsumer<T, StringBuilder> line) throws SQLException {
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            return copy(connection, table, columns, rows, line);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeCopy);
        }
        String stage = table + "_stage";
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (LIKE " + table + ") ON COMMIT DELETE ROWS");
            copy(connection, stage, columns, rows, line);
            return statement.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns
                    + " FROM " + stage + " ON CONFLICT DO NOTHING");
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? "\\N" : value.toPlainString();
    }

    static String nullable(Object value) {
        return value == null ? "\\N" : value.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
