package com.monps.core.repo;

import com.monps.core.domain.OddsSnapshot;
import com.monps.core.jooq.tables.records.OddsH2hRecord;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.SQLException;
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
        return inTransaction(connection -> CopyRows.merge(connection, "odds_h2h", COLUMNS, rows, OddsRepository::line));
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
        return CopyRows.copy(connection, table, COLUMNS, rows, OddsRepository::line);
    }

    private static void line(OddsSnapshot row, StringBuilder line) {
        line.append(CopyRows.escape(row.matchId())).append('\t').append(CopyRows.escape(row.bookmaker())).append('\t')
                .append(CopyRows.plain(row.home())).append('\t').append(CopyRows.plain(row.draw())).append('\t')
                .append(CopyRows.plain(row.away())).append('\t').append(row.collectedAt()).append('\t')
                .append(CopyRows.nullable(row.bookmakerLastUpdate()));
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
