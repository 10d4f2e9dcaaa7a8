package com.monps.bench.stats;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.db.Database;
import com.monps.core.domain.BetStats;
import com.monps.core.repo.StatsRepository;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Latency of the dashboard's statistics ({@link StatsRepository#betStats()}) over a million bets, against
 * {@code SELECT count(*) FROM bets} on the same table (the cheapest question that still looks at every bet), and against
 * the V1 definition of {@code bets_stats}, a full scan, which V60 replaced by running totals.
 */
public final class StatsBenchmark implements Benchmark {

    private static final String NAME = "stats";
    private static final String COUNT = "SELECT count(*) FROM bets";
    private static final String V1_FULL_SCAN = """
            SELECT count(*), count(*) FILTER (WHERE status = 'won'), count(*) FILTER (WHERE status = 'lost'),
                   count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'void'),
                   coalesce(sum(stake), 0), coalesce(sum(stake) FILTER (WHERE status = 'pending'), 0), coalesce(sum(profit), 0),
                   round(100.0 * count(*) FILTER (WHERE status = 'won') / nullif(count(*) FILTER (WHERE status IN ('won', 'lost')), 0), 2),
                   round(100.0 * sum(profit) FILTER (WHERE status IN ('won', 'lost'))
                         / nullif(sum(stake) FILTER (WHERE status IN ('won', 'lost')), 0), 2),
                   round(avg(clv_percent), 3), count(clv_percent)
            FROM bets""";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        int bets = options.integer("stats.bets", 1_000_000);
        int samples = options.integer("stats.samples", 60);
        server.inFreshDatabase(NAME, (db, config) -> {
            loadBets(db, bets, report);
            StatsRepository stats = new StatsRepository(db.dsl());
            BetStats figures = stats.betStats();
            if (figures.totalBets() != bets) {
                throw new IllegalStateException("bets_stats counts " + figures.totalBets() + " bets instead of " + bets);
            }
            report.progress(NAME, "betStats(): " + figures);
            reportLatencies(db, stats, bets, samples, report);
            TotalsWriteCost.measure(NAME, db, options.integer("stats.inserts", 200), options.integer("stats.bulk", 100_000), report);
            if (stats.betStats().totalBets() != bets) {
                throw new IllegalStateException("the running totals drifted while measuring their write cost");
            }
        });
    }

    /** Interleaved samples of the statistics, the count and the V1 full scan, after 5 warm-up rounds. */
    private static void reportLatencies(Database db, StatsRepository stats, int bets, int samples, Report report) throws Exception {
        double[] view = new double[samples];
        double[] count = new double[samples];
        double[] fullScan = new double[samples];
        for (int i = -5; i < samples; i++) {
            double v = Timing.millis(stats::betStats);
            double c = Timing.millis(() -> db.dsl().fetchValue(COUNT));
            double f = Timing.millis(() -> db.dsl().fetchSingle(V1_FULL_SCAN));
            if (i >= 0) {
                view[i] = v;
                count[i] = c;
                fullScan[i] = f;
            }
        }
        double p95 = Timing.percentile(view, 95);
        String what = "StatsRepository.betStats() %s, " + bets + " bets";
        report.add(new Measurement(NAME, what.formatted("p50"), Timing.median(view), "ms",
                COUNT + " p50", Timing.median(count), "-", null));
        report.add(new Measurement(NAME, what.formatted("p95"), p95, "ms",
                COUNT + " p95", Timing.percentile(count, 95), "p95 < 50 ms", p95 < 50));
        report.add(new Measurement(NAME, what.formatted("p95"), p95, "ms",
                "V1 bets_stats (full scan) p95", Timing.percentile(fullScan, 95), "-", null));
    }

    private static void loadBets(Database db, int bets, Report report) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            double copy = Timing.millis(() -> BetRows.load(c, bets, 11, "m"));
            double vacuum = Timing.millis(() -> s.execute("VACUUM ANALYZE bets"));
            report.progress(NAME, String.format("%d bets loaded: COPY %.0f ms (running totals included), VACUUM ANALYZE %.0f ms",
                    bets, copy, vacuum));
        }
    }
}
