package com.monps.bench.clv;

import com.monps.agent.clv.ClvJob;
import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.db.Database;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The CLV job ({@link ClvJob}: own-bookmaker closing odds, Pinnacle or consensus fair line, one set-based UPDATE) on
 * 100 000 bets over 10 000 000 price rows, against one hand-written UPDATE doing the core lookup: each bet's
 * own-bookmaker last price at or before kick-off, written as closing odds and CLV %. Both start from bets without CLV.
 */
public final class ClvBenchmark implements Benchmark {

    private static final String NAME = "clv";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String HAND_WRITTEN = """
            UPDATE bets b
               SET closing_odds = c.price, clv_percent = round((b.odds / c.price - 1) * 100, 3)
              FROM bets s
              JOIN matches m ON m.id = s.match_id
              CROSS JOIN LATERAL (
                    SELECT CASE s.outcome WHEN 'home' THEN o.home_odds WHEN 'draw' THEN o.draw_odds ELSE o.away_odds END AS price
                      FROM odds_h2h o
                     WHERE o.match_id = s.match_id AND o.bookmaker = s.bookmaker AND o.collected_at <= m.commence_time
                     ORDER BY o.collected_at DESC LIMIT 1) c
             WHERE b.id = s.id AND m.commence_time <= CAST(? AS timestamptz)""";
    /**
     * The write alone: every bet's five CLV columns (those the job writes) set to constants, no lookup. Neither statement
     * can write faster than this.
     */
    private static final String WRITE_ONLY = "UPDATE bets SET closing_odds = odds, clv_percent = 0, closing_fair_prob = 0.5,"
            + " clv_fair_pct = 0, closing_source = 'pinnacle'";
    private static final String RESET = "UPDATE bets SET closing_odds = NULL, clv_percent = NULL, closing_fair_prob = NULL,"
            + " clv_fair_pct = NULL, closing_source = NULL WHERE closing_odds IS NOT NULL OR closing_fair_prob IS NOT NULL";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        int oddsRows = options.integer("clv.odds", 10_000_000);
        int polls = options.integer("clv.polls", 50);
        int bets = options.integer("clv.bets", 100_000);
        int rounds = options.integer("clv.rounds", 3);
        server.inFreshDatabase(NAME, (db, config) -> {
            double setup = Timing.millis(() -> ClvData.load(db, oddsRows, polls, bets));
            report.progress(NAME, String.format("%d price rows and %d bets generated in %.0f s", oddsRows, bets, setup / 1000));
            ClvJob job = new ClvJob(db.dsl(), Clock.fixed(NOW, ZoneOffset.UTC));
            if (options.integer("clv.explain", 0) == 1) {
                explain(db, report);
            }
            double[] jobMillis = new double[rounds];
            double[] handMillis = new double[rounds];
            double[] writeMillis = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                reset(db);
                int[] written = new int[1];
                jobMillis[round] = Timing.millis(() -> written[0] = job.run().items());
                reset(db);
                int[] handWritten = new int[1];
                handMillis[round] = Timing.millis(() -> handWritten[0] = db.dsl().execute(HAND_WRITTEN, NOW.atOffset(ZoneOffset.UTC)));
                reset(db);
                writeMillis[round] = Timing.millis(() -> db.dsl().execute(WRITE_ONLY));
                report.progress(NAME, String.format("round %d: ClvJob %.0f ms (%d bets), hand-written UPDATE %.0f ms (%d bets),"
                        + " write alone %.0f ms", round + 1, jobMillis[round], written[0], handMillis[round], handWritten[0],
                        writeMillis[round]));
            }
            double job50 = Timing.median(jobMillis);
            double hand50 = Timing.median(handMillis);
            report.add(new Measurement(NAME, "ClvJob.run, " + bets + " bets over " + oddsRows + " price rows", job50, "ms",
                    "hand-written UPDATE (own-bookmaker close)", hand50, "<= 2x and < 2 s", job50 <= 2 * hand50 && job50 < 2000));
            report.add(new Measurement(NAME, "ClvJob.run, " + bets + " bets over " + oddsRows + " price rows", job50, "ms",
                    "UPDATE of the same bets' CLV columns without lookup", Timing.median(writeMillis), "-", null));
        });
    }

    /** EXPLAIN (ANALYZE, BUFFERS, WAL) of the job's h2h statement and of the write alone, each rolled back. */
    private static void explain(Database db, Report report) {
        for (String[] statement : new String[][] {{"ClvStatement", ClvJob.h2hStatement()}, {"write alone", WRITE_ONLY}}) {
            reset(db);
            StringBuilder plan = new StringBuilder();
            try {
                db.dsl().transaction(cfg -> {
                    ClvJob.PLANNER_SETTINGS.forEach(cfg.dsl()::execute);
                    cfg.dsl().resultQuery("EXPLAIN (ANALYZE, BUFFERS, WAL) " + statement[1].replace("CAST(? AS timestamptz)",
                            "timestamptz '" + NOW + "'")).forEach(r -> plan.append(r.get(0, String.class)).append('\n'));
                    throw new RolledBack();
                });
            } catch (RolledBack expected) {
                // the plan is what was wanted
            }
            report.progress(NAME, "EXPLAIN ANALYZE " + statement[0] + ":\n" + plan);
        }
    }

    private static final class RolledBack extends RuntimeException {
    }

    private static void reset(Database db) {
        db.dsl().execute(RESET);
        db.dsl().execute("VACUUM bets");
    }
}
