package com.monps.desktop.app;

import com.monps.core.agents.Bankroll;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanSettings;
import com.monps.core.db.Database;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.history.ImportSummary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Fills a new embedded database with real history once: imports the football-data.co.uk files, records the backtest's
 * bets (see {@link BacktestBets} for the demo's "now") and replays the agents' scans over the six months before it, so
 * that every screen has something true to show. A marker file in the data folder makes later starts skip all of it.
 */
public final class DemoData {

    static final String MARKER = "demo-ready";
    /** A scan sees the matches whose opening prices are known: those of the next three days. */
    private static final Duration SCAN_EVERY = Duration.ofDays(3);
    private static final Duration SCAN_SPAN = Duration.ofDays(180);

    /** What preparing the demo did. */
    public record Summary(ImportSummary imported, int bets, int opportunities, Instant asOf) {
        String describe() {
            return imported.describe() + "; " + bets + " backtest bets; " + opportunities + " opportunities as of " + asOf;
        }
    }

    private final Database db;
    private final Path dataDir;

    public DemoData(Database db, Path dataDir) {
        this.db = db;
        this.dataDir = dataDir;
    }

    public boolean prepared() {
        return Files.exists(dataDir.resolve(MARKER));
    }

    /** Imports {@code files} and seeds the bets and opportunities; writes the marker when done. */
    public Summary prepare(List<Path> files, Consumer<String> step) throws IOException {
        ImportSummary imported = new FootballDataImporter(db).importFiles(files,
                (file, done, total) -> step.accept(file.getFileName() + "  " + done + " / " + total));
        step.accept("backtest");
        BacktestBets.Recorded recorded = new BacktestBets(db.dsl()).record();
        int opportunities = replayScans(recorded.asOf(), step);
        Summary summary = new Summary(imported, recorded.bets(), opportunities, recorded.asOf());
        Files.writeString(dataDir.resolve(MARKER), summary.describe() + "\n", StandardCharsets.UTF_8);
        return summary;
    }

    /** The CSV files of a folder, in name order. */
    public static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).sorted().toList();
        }
    }

    /** The agents' scans as they would have run every {@link #SCAN_EVERY} over the {@link #SCAN_SPAN} before {@code asOf}. */
    private int replayScans(Instant asOf, Consumer<String> step) {
        OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")));
        long count = SCAN_SPAN.dividedBy(SCAN_EVERY);
        int written = 0;
        for (long i = count; i >= 0; i--) {
            step.accept("scan " + (count - i + 1) + " / " + (count + 1));
            written += scan.scan(asOf.minus(SCAN_EVERY.multipliedBy(i))).opportunities();
        }
        return written;
    }
}
