package com.monps.bench.scan;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.agents.Bankroll;
import com.monps.core.agents.MarketReader;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanReport;
import com.monps.core.agents.ScanSettings;
import com.monps.core.db.Database;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Random;

/**
 * One opportunity scan ({@link OpportunityScan#scan}: agents A, B, C and the upsert of what they find) over 5 000
 * upcoming events × 20 bookmakers, against the one read any scan must make: every bookmaker's latest price of every
 * upcoming event, read into memory, from {@code odds_latest} (what the scan reads since V70) and from the time series
 * {@code odds_h2h} (what it read before).
 */
public final class ScanBenchmark implements Benchmark {

    private static final String NAME = "scan";
    private static final Instant AS_OF = Instant.parse("2025-03-01T12:00:00Z");
    private static final String LATEST_TABLE = """
            SELECT l.match_id, l.bookmaker, l.home_odds, l.draw_odds, l.away_odds
            FROM matches m JOIN odds_latest l ON l.match_id = m.id
            WHERE m.commence_time > ? AND m.commence_time <= ? AND l.collected_at <= ?""";
    /** The reference read with the times too, decoded as the scan decoded them before: BigDecimal and OffsetDateTime. */
    private static final String DECODED = """
            SELECT l.home_odds, l.draw_odds, l.away_odds, l.collected_at, l.bookmaker_last_update
            FROM matches m JOIN odds_latest l ON l.match_id = m.id
            WHERE m.commence_time > ? AND m.commence_time <= ? AND l.collected_at <= ?""";
    /**
     * The same as integers (thousandths, microseconds), tried as a cheaper decoding for MarketReader: slower here (the
     * server's numeric arithmetic costs more than the client's decoding saves), so MarketReader decodes as before.
     */
    private static final String AS_INTEGERS = """
            SELECT (l.home_odds * 1000)::int4, (l.draw_odds * 1000)::int4, (l.away_odds * 1000)::int4,
                   (extract(epoch FROM l.collected_at) * 1000000)::int8, (extract(epoch FROM l.bookmaker_last_update) * 1000000)::int8
            FROM matches m JOIN odds_latest l ON l.match_id = m.id
            WHERE m.commence_time > ? AND m.commence_time <= ? AND l.collected_at <= ?""";
    private static final String LATEST_OF_MATCHES = """
            SELECT l.match_id, l.bookmaker, l.home_odds, l.draw_odds, l.away_odds
            FROM odds_latest l WHERE l.match_id = ANY (?)""";
    private static final String TIME_SERIES = """
            SELECT DISTINCT ON (o.match_id, o.bookmaker) o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds
            FROM matches m JOIN odds_h2h o ON o.match_id = m.id
            WHERE m.commence_time > ? AND m.commence_time <= ? AND o.collected_at <= ? AND o.collected_at < m.commence_time
            ORDER BY o.match_id, o.bookmaker, o.collected_at DESC""";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        int events = options.integer("scan.events", 5000);
        int played = options.integer("scan.played", 1000);
        int runs = options.integer("scan.runs", 15);
        int warmup = options.integer("scan.warmup", 10);
        server.inFreshDatabase(NAME, (db, config) -> {
            ScanMarkets.load(db, AS_OF, events, played, 5);
            db.dsl().execute("VACUUM ANALYZE");
            OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")));
            ScanReport first = scan.scan(AS_OF);
            report.progress(NAME, first.describe());
            // the agent is a long-lived JVM: measure the scan as it runs there, compiled, not its first interpreted runs
            for (int i = 0; i < warmup; i++) {
                scan.scan(AS_OF);
                latestPrices(db, LATEST_TABLE);
            }
            double[] scanMillis = new double[runs];
            double[] tableMillis = new double[runs];
            double[] seriesMillis = new double[runs];
            ScanReport[] reports = new ScanReport[runs];
            for (int i = 0; i < runs; i++) {
                int run = i;
                scanMillis[i] = Timing.millis(() -> reports[run] = scan.scan(AS_OF));
                tableMillis[i] = Timing.millis(() -> latestPrices(db, LATEST_TABLE));
                seriesMillis[i] = Timing.millis(() -> latestPrices(db, TIME_SERIES));
            }
            double median = Timing.median(scanMillis);
            report.progress(NAME, "full scan's phases (medians): " + phaseMedians(reports));
            double[] decodedMillis = new double[runs];
            double[] integerMillis = new double[runs];
            for (int i = 0; i < runs; i++) {
                decodedMillis[i] = Timing.millis(() -> decode(db, DECODED, false));
                integerMillis[i] = Timing.millis(() -> decode(db, AS_INTEGERS, true));
            }
            report.progress(NAME, String.format("prices and times decoded as BigDecimal/OffsetDateTime %.0f ms, as integers"
                    + " %.0f ms (medians)", Timing.median(decodedMillis), Timing.median(integerMillis)));
            String figure = "OpportunityScan.scan, " + first.markets() + " events x 20 bookmakers, " + first.opportunities()
                    + " opportunities (median of " + runs + " after " + warmup + " warm-up scans)";
            report.add(new Measurement(NAME, figure, median, "ms", "latest prices read alone from odds_latest",
                    Timing.median(tableMillis), "<= 2.5x", median <= 2.5 * Timing.median(tableMillis)));
            report.add(new Measurement(NAME, figure, median, "ms", "latest prices read alone from odds_h2h (DISTINCT ON)",
                    Timing.median(seriesMillis), "-", null));
            incremental(db, scan, options, report, first.markets());
        });
    }

    /**
     * The scan after one poll of one league ({@code scan.poll-events} events × 20 bookmakers with new prices) on the
     * board of every event, against reading those events' latest prices alone. Each round is a new poll a minute later.
     */
    private static void incremental(Database db, OpportunityScan scan, BenchOptions options, Report report, int board)
            throws Exception {
        int events = options.integer("scan.poll-events", 20);
        int rounds = options.integer("scan.polls", 15);
        Random random = new Random(11);
        double[] scanMillis = new double[rounds];
        double[] readMillis = new double[rounds];
        ScanReport[] done = new ScanReport[rounds];
        String mode = "";
        for (int i = 0; i < rounds; i++) {
            Instant asOf = AS_OF.plus(Duration.ofMinutes(i + 1));
            List<String> polled = ScanMarkets.poll(db, 0, events, asOf.minusSeconds(1), random, 1, 0);
            int round = i;
            scanMillis[i] = Timing.millis(() -> done[round] = scan.scanChanges(asOf));
            readMillis[i] = Timing.millis(() -> latestPricesOf(db, polled));
            mode = done[i].mode() + ", " + done[i].markets() + " markets";
        }
        report.progress(NAME, "incremental scans: " + mode + "; ms " + Arrays.toString(scanMillis));
        report.progress(NAME, "incremental scan's phases (medians): " + phaseMedians(done));
        double median = Timing.median(scanMillis);
        report.add(new Measurement(NAME, "OpportunityScan.scanChanges after one poll of one league (" + events
                + " events x 20 bookmakers) on a board of " + board + " events (median of " + rounds + ", " + mode + ")",
                median, "ms", "those " + events + " events' latest prices read alone from odds_latest",
                Timing.median(readMillis), "<= 2x and < 50 ms", median < 50 && median <= 2 * Timing.median(readMillis)));
    }

    /** Each phase's median over the scans, in milliseconds. */
    private static String phaseMedians(ScanReport[] reports) {
        Map<String, List<Double>> byPhase = new LinkedHashMap<>();
        for (ScanReport scanned : reports) {
            scanned.phases().millis().forEach((phase, millis) -> byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(millis));
        }
        StringJoiner joined = new StringJoiner(", ");
        byPhase.forEach((phase, millis) -> joined.add(String.format("%s %.2f ms", phase,
                Timing.median(millis.stream().mapToDouble(Double::doubleValue).toArray()))));
        return joined.toString();
    }

    private static long decode(Database db, String query, boolean integers) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setObject(1, AS_OF.atOffset(ZoneOffset.UTC));
            s.setObject(2, AS_OF.plus(ScanSettings.DEFAULTS.horizon()).atOffset(ZoneOffset.UTC));
            s.setObject(3, AS_OF.atOffset(ZoneOffset.UTC));
            long sum = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int k = 1; k <= 5; k++) {
                        Object value = integers ? (k <= 3 ? java.math.BigDecimal.valueOf(rs.getInt(k), 3)
                                : java.time.Instant.ofEpochSecond(rs.getLong(k) / 1_000_000))
                                : (k <= 3 ? rs.getBigDecimal(k) : rs.getObject(k, java.time.OffsetDateTime.class));
                        sum += value == null ? 0 : 1;
                    }
                }
            }
            return sum;
        }
    }

    private static int latestPricesOf(Database db, List<String> matchIds) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(LATEST_OF_MATCHES)) {
            s.setArray(1, c.createArrayOf("text", matchIds.toArray()));
            return readPrices(s);
        }
    }

    private static int latestPrices(Database db, String query) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setObject(1, AS_OF.atOffset(ZoneOffset.UTC));
            s.setObject(2, AS_OF.plus(ScanSettings.DEFAULTS.horizon()).atOffset(ZoneOffset.UTC));
            s.setObject(3, AS_OF.atOffset(ZoneOffset.UTC));
            return readPrices(s);
        }
    }

    private static int readPrices(PreparedStatement s) throws Exception {
        int rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
                rs.getString(2);
                rs.getBigDecimal(3);
                rs.getBigDecimal(4);
                rs.getBigDecimal(5);
                rows++;
            }
        }
        return rows;
    }
}
