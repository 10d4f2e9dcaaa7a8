package com.monps.bench.stats;

import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.db.Database;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;

/**
 * What the running totals of V60 cost writers: one bet recorded through {@link BetRepository#insert}, and a bulk COPY,
 * each with the totals triggers enabled against the same work with them disabled (the totals stay right because the
 * rows written while they are disabled are removed while they are still disabled).
 */
final class TotalsWriteCost {

    private static final String MARK = "bench-write-cost";
    private static final String TRIGGERS = "bets_totals_insert, bets_totals_delete";

    private TotalsWriteCost() {
    }

    static void measure(String benchmark, Database db, int singles, int bulk, Report report) throws Exception {
        BetRepository bets = new BetRepository(db.dsl());
        double[][] insert = new double[2][singles];
        double[][] copy = new double[2][3];
        for (int round = 0; round < 3; round++) {
            for (int enabled = 1; enabled >= 0; enabled--) {
                setTriggers(db, enabled == 1);
                try {
                    copy[enabled][round] = Timing.millis(() -> copyBets(db, bulk));
                    for (int i = round * singles / 3; i < (round + 1) * singles / 3; i++) {
                        insert[enabled][i] = Timing.millis(() -> bets.insert(bet()));
                    }
                    deleteMarked(db);
                } finally {
                    setTriggers(db, true);
                }
            }
        }
        report.add(new Measurement(benchmark, "BetRepository.insert p50 with running totals", Timing.median(insert[1]), "ms",
                "same, totals triggers disabled", Timing.median(insert[0]), "-", null));
        report.add(new Measurement(benchmark, "COPY of " + bulk + " bets with running totals (median of 3)", Timing.median(copy[1]),
                "ms", "same, totals triggers disabled", Timing.median(copy[0]), "-", null));
    }

    private static NewBet bet() {
        return NewBet.of(MARK, "Home", "Away", "soccer_epl", "EPL", Instant.parse("2025-01-01T15:00:00Z"),
                Outcome.HOME, new BigDecimal("2.10"), new BigDecimal("10.00"), "pinnacle");
    }

    private static void copyBets(Database db, int count) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            BetRows.load(c, count, 99, MARK);
        }
    }

    private static void deleteMarked(Database db) {
        db.dsl().execute("DELETE FROM bets WHERE match_id LIKE '" + MARK + "%'");
    }

    private static void setTriggers(Database db, boolean enabled) {
        for (String trigger : TRIGGERS.split(", ")) {
            db.dsl().execute("ALTER TABLE bets " + (enabled ? "ENABLE" : "DISABLE") + " TRIGGER " + trigger);
        }
    }
}
