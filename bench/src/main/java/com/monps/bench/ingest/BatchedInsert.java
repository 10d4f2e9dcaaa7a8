package com.monps.bench.ingest;

import com.monps.bench.BenchServer;
import com.monps.core.db.DatabaseConfig;
import com.monps.core.domain.OddsSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

/** Plain JDBC batched INSERTs with PgJDBC's {@code reWriteBatchedInserts}, in one transaction: the usual alternative to COPY. */
final class BatchedInsert {

    private static final int BATCH = 1000;

    private BatchedInsert() {
    }

    static void load(DatabaseConfig database, List<OddsSnapshot> rows) throws SQLException {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = BenchServer.connect(new DatabaseConfig(url, database.user(), database.password()));
             PreparedStatement insert = c.prepareStatement("INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds,"
                     + " away_odds, collected_at, bookmaker_last_update) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            int pending = 0;
            for (OddsSnapshot row : rows) {
                insert.setString(1, row.matchId());
                insert.setString(2, row.bookmaker());
                insert.setBigDecimal(3, row.home());
                insert.setBigDecimal(4, row.draw());
                insert.setBigDecimal(5, row.away());
                insert.setObject(6, row.collectedAt().atOffset(ZoneOffset.UTC));
                insert.setObject(7, row.bookmakerLastUpdate().atOffset(ZoneOffset.UTC));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }
}
