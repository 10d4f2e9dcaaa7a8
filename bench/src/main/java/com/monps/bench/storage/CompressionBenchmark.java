package com.monps.bench.storage;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.agents.MarketReader;
import com.monps.core.db.Database;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.OddsRepository;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * TimescaleDB compression of odds_h2h (V71): bytes per price row and the time of the reads and writes that touch the
 * time series, uncompressed (the reference) and once every chunk is compressed, on a year of synthetic collection.
 * The slope that projects 10^8 rows is bytes per added row: uncompressed, the growth from the first half of the year
 * to the whole; compressed, the compressed chunks of the second half over its rows (a break between the halves keeps
 * them in separate chunks). The imports timed are rolled back, so that they change no size. Needs a
 * TimescaleDB server (MONPS_BENCH_DB_URL): on plain PostgreSQL it reports nothing and says so.
 */
public final class CompressionBenchmark implements Benchmark {

    private static final String NAME = "compression";
    private static final int SAMPLED_MATCHES = 200;
    private static final long PROJECTED_ROWS = 100_000_000L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        SyntheticPrices year = SyntheticPrices.forRows(options.integer("compression.rows", 10_000_000),
                Instant.parse("2025-01-01T00:00:00Z"));
        server.inFreshDatabase(NAME, (db, config) -> {
            if (!db.engine().hypertable()) {
                report.progress(NAME, "skipped: odds_h2h is a plain table here (no TimescaleDB), nothing compresses");
                return;
            }
            int half = year.secondHalf();
            year.load(db, 0, half);
            long halfRows = count(db, "SELECT count(*) FROM odds_h2h");
            long halfBytes = bytes(db);
            year.load(db, half, year.matches());
            long rows = count(db, "SELECT count(*) FROM odds_h2h");
            long rawBytes = bytes(db);
            Reads raw = reads(db, year, "imported_raw");

            db.dsl().execute("SELECT count(compress_chunk(c, if_not_compressed => true)) FROM show_chunks('odds_h2h') c");
            long compressedBytes = bytes(db);
            // the chunks after the break hold only second-half prices (its first poll is 9 days before its kick-off)
            long secondHalfCompressed = count(db, """
                    SELECT sum(s.after_compression_total_bytes)::bigint
                      FROM chunk_compression_stats('odds_h2h') s
                      JOIN timescaledb_information.chunks c ON c.chunk_schema = s.chunk_schema AND c.chunk_name = s.chunk_name
                     WHERE c.hypertable_name = 'odds_h2h' AND c.range_start >= '%s'"""
                    .formatted(year.kickOff(half).minus(SyntheticPrices.BREAK.dividedBy(2))));
            Reads compressed = reads(db, year, "imported_compressed");

            double rawSlope = (rawBytes - halfBytes) / (double) (rows - halfRows);
            double compressedSlope = secondHalfCompressed / (double) (rows - halfRows);
            report.add(new Measurement(NAME, "odds_h2h bytes/row compressed (" + rows + " rows)", compressedBytes / (double) rows,
                    "B", "uncompressed (heap + index)", rawBytes / (double) rows, "-", null));
            report.add(new Measurement(NAME, "10^8 rows on disk, compressed (slope " + fmt(compressedSlope) + " B/row)",
                    project(compressedBytes, compressedSlope, rows), "GiB", "uncompressed (slope " + fmt(rawSlope) + " B/row)",
                    project(rawBytes, rawSlope, rows), "-", null));
            compressed.report(raw, report);
        });
    }

    /** What the stored bytes grow to at 10^8 rows, from this size and the measured bytes per added row. */
    private static double project(long bytes, double slope, long rows) {
        return (bytes + slope * (PROJECTED_ROWS - rows)) / (1024.0 * 1024 * 1024);
    }

    private static long bytes(Database db) {
        db.dsl().execute("VACUUM ANALYZE odds_h2h");
        return count(db, "SELECT hypertable_size('odds_h2h')");
    }

    private static long count(Database db, String sql) {
        return db.dsl().fetchOne(sql).get(0, Long.class);
    }

    /** Times of the reads and writes over odds_h2h, in milliseconds. */
    private record Reads(double matchDetail, double asOfScan, double latestRecompute, double importNew, double importAgain) {

        void report(Reads uncompressed, Report report) {
            add(report, "match detail: price history of " + SAMPLED_MATCHES + " matches", matchDetail, uncompressed.matchDetail);
            add(report, "scan as of a past moment (7-day window)", asOfScan, uncompressed.asOfScan);
            add(report, "odds_latest recomputed from odds_h2h for " + SAMPLED_MATCHES + " matches (CLV fallback)",
                    latestRecompute, uncompressed.latestRecompute);
            add(report, "import of 20 000 new old prices (COPY)", importNew, uncompressed.importNew);
            add(report, "re-import of the same 20 000 (merge, all stored)", importAgain, uncompressed.importAgain);
        }

        private static void add(Report report, String what, double compressed, double uncompressed) {
            report.add(new Measurement(NAME, what + ", compressed", compressed, "ms", "uncompressed", uncompressed, "-", null));
        }
    }

    private static Reads reads(Database db, SyntheticPrices year, String importedBookmaker) throws Exception {
        OddsRepository odds = new OddsRepository(db.dsl());
        List<String> sample = IntStream.range(0, SAMPLED_MATCHES).map(i -> i * (year.matches() / SAMPLED_MATCHES))
                .mapToObj(m -> db.dsl().fetchOne("SELECT " + SyntheticPrices.matchId(m)).get(0, String.class)).toList();
        double detail = Timing.millis(() -> sample.forEach(odds::history));
        Instant asOf = year.kickOff(year.matches() / 2).minus(Duration.ofDays(2));
        MarketReader reader = new MarketReader(db.dsl());
        double[] scans = new double[3];
        for (int i = 0; i < scans.length; i++) {
            scans[i] = Timing.millis(() -> reader.upcoming(asOf, Duration.ofDays(7)));
        }
        double recompute = Timing.millis(() -> db.dsl().execute(
                "UPDATE matches SET commence_time = commence_time + interval '1 second' WHERE id = ANY(?)",
                (Object) sample.toArray(String[]::new)));
        List<OddsSnapshot> imported = importedPrices(sample, year, importedBookmaker);
        double[] imports = new double[2];
        try {
            // rolled back: the imported rows must not change the sizes measured between the two phases
            db.dsl().transaction(tx -> {
                OddsRepository inTransaction = new OddsRepository(tx.dsl());
                imports[0] = Timing.millis(() -> inTransaction.merge(imported));
                imports[1] = Timing.millis(() -> inTransaction.merge(imported));
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // the measurement is done, its rows discarded
        }
        return new Reads(detail, Timing.median(scans), recompute, imports[0], imports[1]);
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    /** 100 prices per sampled match of a bookmaker not yet stored, inside the match's old (maybe compressed) chunks. */
    private static List<OddsSnapshot> importedPrices(List<String> sample, SyntheticPrices year, String bookmaker) {
        List<OddsSnapshot> rows = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            Instant kickOff = year.kickOff(i * (year.matches() / SAMPLED_MATCHES));
            for (int p = 1; p <= 100; p++) {
                Instant at = kickOff.minus(Duration.ofHours(2L * p));
                rows.add(new OddsSnapshot(sample.get(i), bookmaker, new BigDecimal("2.10"), new BigDecimal("3.40"),
                        new BigDecimal("3.50"), at, at));
            }
        }
        return rows;
    }

    private static String fmt(double bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes);
    }
}
