package com.monps.bench.storage;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.ingest.OddsRows;
import com.monps.core.db.Database;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.OddsRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Bytes on disk per stored price row (heap, primary-key index, total) after the collector's bulk load, against the
 * same rows as COPY text, and what a season costs under the stated polling assumption.
 */
public final class StorageBenchmark implements Benchmark {

    private static final String NAME = "storage";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        int rows = options.integer("storage.rows", 1_000_000);
        List<OddsSnapshot> prices = OddsRows.generate(rows, 25, 13);
        Path file = Files.createTempFile("monps-bench-storage", ".tsv");
        try {
            server.inFreshDatabase(NAME, (db, config) -> {
                double textBytes = OddsRows.writeCopyText(prices, file) / (double) prices.size();
                new OddsRepository(db.dsl()).append(prices);
                Sizes sizes = sizes(db, prices.size());
                report.add(new Measurement(NAME, "odds_h2h total bytes/row (heap " + fmt(sizes.heap) + " + index " + fmt(sizes.index)
                        + " + toast " + fmt(sizes.toast) + ")", sizes.total(), "B", "COPY text bytes/row", textBytes, "-", null));
                report.add(new Measurement(NAME, "odds_h2h heap bytes/row", sizes.heap, "B", "tuple size (pg_column_size)",
                        sizes.tuple, "-", null));
                SeasonProjection.fromOptions(options).report(NAME, sizes.total(), report);
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Sizes sizes(Database db, int rows) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE odds_h2h");
            ResultSet rs = s.executeQuery("SELECT pg_table_size('odds_h2h') - coalesce(pg_total_relation_size(reltoastrelid), 0),"
                    + " pg_indexes_size('odds_h2h'), coalesce(pg_total_relation_size(reltoastrelid), 0),"
                    + " (SELECT avg(pg_column_size(o.*)) FROM odds_h2h o)"
                    + " FROM pg_class WHERE oid = 'odds_h2h'::regclass");
            rs.next();
            return new Sizes(rs.getLong(1) / (double) rows, rs.getLong(2) / (double) rows, rs.getLong(3) / (double) rows,
                    rs.getDouble(4));
        }
    }

    private static String fmt(double bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes);
    }

    private record Sizes(double heap, double index, double toast, double tuple) {
        double total() {
            return heap + index + toast;
        }
    }
}
