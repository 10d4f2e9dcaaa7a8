package com.monps.bench.ingest;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.OddsRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows per second of the odds bulk load ({@link OddsRepository#append} and {@link OddsRepository#merge}) against
 * {@code psql \copy} of the same rows into the same empty table, and against batched INSERTs. Every loader runs once per
 * round, in a rotated order, into the truncated table; the figure is the median over the rounds.
 */
public final class IngestBenchmark implements Benchmark {

    private static final String NAME = "ingest";
    private static final String PSQL = "psql \\copy";
    private static final int COLLECTOR_BATCH = 1000;
    private static final String ONE_BATCH = "OddsRepository.append (COPY, one batch)";
    private static final String BATCHES = "OddsRepository.append (COPY, batches of " + COLLECTOR_BATCH + ")";
    private static final String REMERGE = "OddsRepository.merge of a batch already stored (adds 0)";
    private static final String WITHOUT_LATEST = ONE_BATCH + ", odds_latest trigger disabled";
    private static final String LATEST_TRIGGER = "odds_h2h_latest_prices";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        int rows = options.integer("ingest.rows", 1_000_000);
        int rounds = options.integer("ingest.rounds", 3);
        List<OddsSnapshot> prices = OddsRows.generate(rows, 25, 7);
        Path file = Files.createTempFile("monps-bench-odds", ".tsv");
        try {
            server.inFreshDatabase(NAME, (db, config) -> {
                OddsRows.writeCopyText(prices, file);
                OddsRows.storeMatches(db, OddsRows.matchesOf(prices));
                Map<String, double[]> millis = measure(loaders(db, config, prices, file), rounds, db, prices.size(), report);
                millis.put(REMERGE, remerge(db, prices, rounds, report));
                reportRates(millis, prices.size(), report);
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, Timing.Work> loaders(Database db, DatabaseConfig config, List<OddsSnapshot> prices, Path file) {
        OddsRepository repository = new OddsRepository(db.dsl());
        Map<String, Timing.Work> loaders = new LinkedHashMap<>();
        loaders.put(PSQL, () -> PsqlCopy.load(config, file));
        loaders.put(ONE_BATCH, () -> repository.append(prices));
        loaders.put(BATCHES, () -> {
            for (int from = 0; from < prices.size(); from += COLLECTOR_BATCH) {
                repository.append(prices.subList(from, Math.min(prices.size(), from + COLLECTOR_BATCH)));
            }
        });
        loaders.put("OddsRepository.merge (new rows)", () -> repository.merge(prices));
        loaders.put(WITHOUT_LATEST, () -> {
            db.dsl().execute("ALTER TABLE odds_h2h DISABLE TRIGGER " + LATEST_TRIGGER);
            try {
                repository.append(prices);
            } finally {
                db.dsl().execute("ALTER TABLE odds_h2h ENABLE TRIGGER " + LATEST_TRIGGER);
            }
        });
        loaders.put("batched INSERT (reWriteBatchedInserts, 1000/batch)", () -> BatchedInsert.load(config, prices));
        return loaders;
    }

    private static Map<String, double[]> measure(Map<String, Timing.Work> loaders, int rounds, Database db, int expected,
                                                 Report report) throws Exception {
        List<String> names = List.copyOf(loaders.keySet());
        Map<String, double[]> millis = new LinkedHashMap<>();
        names.forEach(name -> millis.put(name, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                emptyTable(db);
                double elapsed = Timing.millis(loaders.get(name));
                requireRowCount(db, expected, name);
                millis.get(name)[round] = elapsed;
                report.progress(NAME, String.format("round %d  %-60s %8.0f ms", round + 1, name, elapsed));
            }
        }
        return millis;
    }

    /** Merging a batch whose rows are all stored already: the re-import case, where the fast path must give way. */
    private static double[] remerge(Database db, List<OddsSnapshot> prices, int rounds, Report report) throws Exception {
        OddsRepository repository = new OddsRepository(db.dsl());
        double[] millis = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            emptyTable(db);
            repository.append(prices);
            millis[round] = Timing.millis(() -> repository.merge(prices));
            requireRowCount(db, prices.size(), REMERGE);
            report.progress(NAME, String.format("round %d  %-60s %8.0f ms", round + 1, REMERGE, millis[round]));
        }
        return millis;
    }

    private static void reportRates(Map<String, double[]> millis, int rows, Report report) {
        double psql = rate(rows, millis.get(PSQL));
        for (var entry : millis.entrySet()) {
            String name = entry.getKey();
            if (name.equals(PSQL)) {
                continue;
            }
            double rate = rate(rows, entry.getValue());
            boolean hasGoal = name.equals(ONE_BATCH) || name.equals("OddsRepository.merge (new rows)");
            report.add(new Measurement(NAME, name + ", " + rows + " rows", rate, "rows/s", PSQL, psql,
                    hasGoal ? ">= 0.80x" : "-", hasGoal ? rate / psql >= 0.8 : null));
        }
        double perBatch = (Timing.median(millis.get(BATCHES)) - Timing.median(millis.get(ONE_BATCH))) / (rows / (double) COLLECTOR_BATCH);
        report.note(NAME, String.format(java.util.Locale.ROOT,
                "fixed cost of one append call (transaction, COPY start, NOTIFY, commit): %.2f ms", perBatch));
    }

    private static double rate(int rows, double[] millis) {
        return rows / (Timing.median(millis) / 1000.0);
    }

    private static void emptyTable(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE odds_h2h, odds_latest");
            s.execute("CHECKPOINT");
        }
    }

    private static void requireRowCount(Database db, int expected, String loader) {
        int stored = db.dsl().fetchCount(com.monps.core.jooq.Tables.ODDS_H2H);
        if (stored != expected) {
            throw new IllegalStateException(loader + " stored " + stored + " rows instead of " + expected);
        }
    }
}
