package com.monps.core.repo;

import com.monps.core.domain.OddsSnapshot;
import com.monps.core.jooq.tables.records.OddsH2hRecord;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.monps.core.jooq.Tables.ODDS_H2H;

/**
 * The {@code odds_h2h} time series. Writes go through PostgreSQL's COPY protocol, in one transaction per batch:
 * a batch is stored whole or not at all, and the table's NOTIFY fires once per batch.
 */
public final class OddsRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update";

    private final DSLContext dsl;

    public OddsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Appends a batch with COPY straight into the table; a row already stored (same match, bookmaker, time) fails the batch. */
    public int append(Collection<OddsSnapshot> rows) {
        return inTransaction(connection -> copy(connection, "odds_h2h", rows));
    }

    /**
     * Stores a batch, skipping rows already stored, and returns the number of rows actually added; loading the same
     * batch twice adds nothing the second time. A batch of new rows (every poll) goes straight in with COPY; only when
     * that hits a stored row does it take the slower path: COPY into a temporary table, then INSERT ... ON CONFLICT DO NOTHING.
     */
    public int merge(Collection<OddsSnapshot> rows) {
        return inTransaction(connection -> {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                return copy(connection, "odds_h2h", rows);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                return mergeThroughStage(connection, rows);
            }
        });
    }

    private static int mergeThroughStage(Connection connection, Collection<OddsSnapshot> rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS odds_stage (LIKE odds_h2h) ON COMMIT DELETE ROWS");
            copy(connection, "odds_stage", rows);
            return statement.executeUpdate("INSERT INTO odds_h2h (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM odds_stage ON CONFLICT DO NOTHING");
        }
    }

    /** The last price collected for (match, bookmaker) at or before {@code time}. */
    public Optional<OddsSnapshot> lastAtOrBefore(String matchId, String bookmaker, Instant time) {
        return dsl.selectFrom(ODDS_H2H)
                .where(ODDS_H2H.MATCH_ID.eq(matchId).and(ODDS_H2H.BOOKMAKER.eq(bookmaker))
                        .and(ODDS_H2H.COLLECTED_AT.le(Times.utc(time))))
                .orderBy(ODDS_H2H.COLLECTED_AT.desc())
                .limit(1)
                .fetchOptional(OddsRepository::toSnapshot);
    }

    /** Every price of a match, oldest first (for price-history charts). */
    public List<OddsSnapshot> history(String matchId) {
        return dsl.selectFrom(ODDS_H2H).where(ODDS_H2H.MATCH_ID.eq(matchId))
                .orderBy(ODDS_H2H.COLLECTED_AT, ODDS_H2H.BOOKMAKER)
                .fetch(OddsRepository::toSnapshot);
    }

    public long count() {
        return dsl.fetchCount(ODDS_H2H);
    }

    private int inTransaction(SqlWork work) {
        return dsl.transactionResult(cfg -> cfg.dsl().connectionResult(connection -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("odds batch rejected, nothing stored: " + e.getMessage(), e);
            }
        }));
    }

    private static int copy(Connection connection, String table, Collection<OddsSnapshot> rows) throws SQLException {
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT text)");
        try {
            StringBuilder line = new StringBuilder(128);
            for (OddsSnapshot row : rows) {
                line.setLength(0);
                line.append(escape(row.matchId())).append('\t').append(escape(row.bookmaker())).append('\t')
                        .append(plain(row.home())).append('\t').append(plain(row.draw())).append('\t')
                        .append(plain(row.away())).append('\t').append(row.collectedAt()).append('\t')
                        .append(row.bookmakerLastUpdate() == null ? "\\N" : row.bookmakerLastUpdate().toString()).append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                copyIn.writeToCopy(bytes, 0, bytes.length);
            }
            return (int) copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "\\N" : value.toPlainString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static OddsSnapshot toSnapshot(OddsH2hRecord r) {
        return new OddsSnapshot(r.getMatchId(), r.getBookmaker(), r.getHomeOdds(), r.getDrawOdds(), r.getAwayOdds(),
                Times.instant(r.getCollectedAt()), Times.instant(r.getBookmakerLastUpdate()));
    }

    @FunctionalInterface
    private interface SqlWork {
        int run(Connection connection) throws SQLException;
    }
}
