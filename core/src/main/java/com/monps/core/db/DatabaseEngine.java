package com.monps.core.db;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.Optional;

/**
 * What the database runs on: the PostgreSQL version, whether TimescaleDB is installed, preloaded and used by
 * {@code odds_h2h}, and the compression policy of its chunks. Read before the migrations (which refuse a TimescaleDB
 * that is installed but not preloaded) and by {@code status}.
 */
public record DatabaseEngine(String serverVersion, boolean timescaleInstalled, boolean timescalePreloaded,
                             Optional<String> timescaleVersion, boolean hypertable, Optional<String> compressAfter) {

    public static DatabaseEngine probe(DSLContext dsl) {
        // Only the loader, preloaded, defines timescaledb.max_background_workers (a mere postgresql.conf entry is a hidden
        // placeholder, absent from pg_settings); shared_preload_libraries itself is hidden from non-superusers.
        Record server = dsl.fetchOne("""
                SELECT current_setting('server_version') AS version,
                       EXISTS (SELECT 1 FROM pg_settings WHERE name = 'timescaledb.max_background_workers') AS preloaded,
                       EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS installed,
                       (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb') AS extension""");
        Optional<String> extension = Optional.ofNullable(server.get("extension", String.class));
        boolean hypertable = false;
        Optional<String> compressAfter = Optional.empty();
        if (extension.isPresent()) {
            Record timescale = dsl.fetchOne("""
                    SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'odds_h2h')
                               AS hypertable,
                           (SELECT config ->> 'compress_after' FROM timescaledb_information.jobs
                             WHERE proc_name = 'policy_compression' AND hypertable_name = 'odds_h2h') AS compress_after""");
            hypertable = timescale.get("hypertable", Boolean.class);
            compressAfter = Optional.ofNullable(timescale.get("compress_after", String.class));
        }
        return new DatabaseEngine(server.get("version", String.class).split(" ")[0],
                server.get("installed", Boolean.class), server.get("preloaded", Boolean.class),
                extension, hypertable, compressAfter);
    }

    /** Installed but not preloaded: V1's CREATE EXTENSION would end the connection, so the migrations refuse. */
    public boolean refusesMigrations() {
        return timescaleInstalled && !timescalePreloaded;
    }

    public void requireLoadable() {
        if (refusesMigrations()) {
            throw new TimescaleNotPreloadedException();
        }
    }

    /** The {@code status} line: "database: PostgreSQL 15.18, TimescaleDB 2.17.2, odds_h2h hypertable, compression after 21 days". */
    public String describe() {
        if (refusesMigrations()) {
            return "database: PostgreSQL " + serverVersion + ", TimescaleDB installed but not preloaded"
                    + " (add shared_preload_libraries = 'timescaledb' to postgresql.conf and restart): migrations refused";
        }
        if (timescaleVersion.isEmpty()) {
            return "database: PostgreSQL " + serverVersion + ", plain PostgreSQL (odds_h2h a plain table)";
        }
        return "database: PostgreSQL " + serverVersion + ", TimescaleDB " + timescaleVersion.get()
                + (hypertable ? ", odds_h2h hypertable" : ", odds_h2h a plain table")
                + compressAfter.map(age -> ", compression after " + age).orElse(", no compression");
    }
}
