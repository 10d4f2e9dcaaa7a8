package com.monps.core.db;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Duration;
import java.util.Optional;

/**
 * How long raw prices stay uncompressed, and optionally how long they are kept: TimescaleDB's compression and
 * retention policies on {@code odds_h2h} and {@code odds_lines} (the same values for both), set to the configured values
 * by {@code migrate} and the daemon at start.
 * <p>
 * {@code compressAfter} (MONPS_COMPRESS_AFTER, default 21 days, docs/timescaledb.md): a chunk compresses once all its
 * prices are older than that. {@code retentionMonths} (MONPS_RETENTION_MONTHS, 0 = keep everything, the default): whole
 * chunks older than that are dropped; odds_latest, odds_lines_latest, matches and bets are separate tables and keep
 * every row (a match's closing line survives its raw history). On plain PostgreSQL there are no chunks: nothing compresses and the
 * retention is not applied, every price is kept; {@link #apply} says so.
 */
public record OddsStorage(Duration compressAfter, int retentionMonths) {

    /** The price time series the policies govern: 1X2 (V1, V71) and the line markets (V76, V78). */
    static final java.util.List<String> TABLES = java.util.List.of("odds_h2h", "odds_lines");

    /**
     * The Odds API lists a league's events up to 18 days ahead (the shared fixtures: EPL 15-18 days before the opening
     * round), so a price is collected at most ~18 days before its kick-off; scores come at most 3 days after it
     * ({@code daysFrom} <= 3), when settlement and CLV are done. A price older than 21 days therefore belongs to a match
     * played and settled, whose closing line odds_latest already holds: nothing the agents read changes any more.
     */
    public static final Duration DEFAULT_COMPRESS_AFTER = Duration.ofDays(21);

    public OddsStorage {
        if (compressAfter.isNegative() || compressAfter.isZero()) {
            throw new IllegalArgumentException("MONPS_COMPRESS_AFTER must be a positive duration such as P7D (got " + compressAfter + ")");
        }
        if (retentionMonths < 0) {
            throw new IllegalArgumentException("MONPS_RETENTION_MONTHS must be 0 (keep every price) or more (got " + retentionMonths + ")");
        }
    }

    public static OddsStorage defaults() {
        return new OddsStorage(DEFAULT_COMPRESS_AFTER, 0);
    }

    /** Sets the policies of a migrated database to these values; returns the line {@code migrate} prints. */
    public String apply(DSLContext dsl) {
        DatabaseEngine engine = DatabaseEngine.probe(dsl);
        if (!engine.hypertable()) {
            return "storage: plain PostgreSQL, no compression" + (retentionMonths > 0
                    ? "; MONPS_RETENTION_MONTHS=" + retentionMonths + " not applied (needs TimescaleDB): every price is kept"
                    : "");
        }
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            // one agent at a time rewrites the jobs; others starting at once wait here, then find them current (an
            // advisory lock: the agent's role may not lock odds_h2h, and when the policies are current it needs no right)
            t.execute("SELECT pg_advisory_xact_lock(hashtext('monps_odds_storage'))");
            for (String table : TABLES) {
                replace(t, table, "policy_compression", "compress_after", Optional.of(interval(compressAfter)),
                        "SELECT remove_compression_policy(CAST(? AS regclass), if_exists => true)",
                        "SELECT add_compression_policy(CAST(? AS regclass), compress_after => CAST(? AS interval))");
                replace(t, table, "policy_retention", "drop_after",
                        retentionMonths > 0 ? Optional.of(retentionMonths + " mons") : Optional.empty(),
                        "SELECT remove_retention_policy(CAST(? AS regclass), if_exists => true)",
                        "SELECT add_retention_policy(CAST(? AS regclass), drop_after => CAST(? AS interval))");
            }
            return "storage: " + String.join(" and ", TABLES) + " chunks compress after " + interval(compressAfter)
                    + (retentionMonths > 0 ? ", dropped after " + retentionMonths + " months" : ", kept forever");
        });
    }

    /** Replaces the table's policy when its interval differs from the wanted one (none: removes it). */
    private static void replace(DSLContext dsl, String table, String proc, String key, Optional<String> wanted, String remove,
                                String add) {
        Record current = dsl.fetchOptional("""
                SELECT (config ->> ?)::interval = CAST(? AS interval) AS same FROM timescaledb_information.jobs
                 WHERE proc_name = ? AND hypertable_name = ?""", key, wanted.orElse("0"), proc, table).orElse(null);
        if (current != null && wanted.isPresent() && current.get("same", Boolean.class)) {
            return;
        }
        if (current != null) {
            dsl.execute(remove, table);
        }
        wanted.ifPresent(interval -> dsl.execute(add, table, interval));
    }

    /** PostgreSQL's text of an interval of whole seconds: "7 days", "36:00:00" would also parse, this reads better. */
    private static String interval(Duration duration) {
        long days = duration.toDays();
        Duration rest = duration.minusDays(days);
        return (days > 0 ? days + " days" : "") + (rest.isZero() ? "" : (days > 0 ? " " : "") + rest.toSeconds() + " seconds");
    }
}
