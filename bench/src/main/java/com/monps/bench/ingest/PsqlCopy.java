package com.monps.bench.ingest;

import com.monps.bench.BenchServer;
import com.monps.core.db.DatabaseConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code psql \copy} of a COPY text file into {@code odds_h2h}: the reference for bulk loading. */
final class PsqlCopy {

    static final String PSQL = System.getenv().getOrDefault("MONPS_BENCH_PSQL", "psql");

    private PsqlCopy() {
    }

    static void load(DatabaseConfig database, Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                "\\copy odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update)"
                        + " FROM '" + file.toAbsolutePath() + "' WITH (FORMAT text)")
                .redirectErrorStream(true);
        builder.environment().putAll(BenchServer.libpq(database));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql \\copy failed: " + output.strip());
        }
    }
}
