package com.monps.core.repo;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed since the last opportunity scan ({@code scan_pending}, appended by triggers on the latest prices and on
 * matches, V79) and what that scan used ({@code scan_state}). Every method runs in the scan's transaction: what a scan
 * consumes is consumed only if its board is written.
 */
public final class ScanLedger {

    /** Scans of one database take turns: two agents scanning at once would each consume half of the changes. */
    private static final long SCAN_LOCK = 0x6d6f6e7073L; // "monps"

    /**
     * The last scan. {@code consumedTo}: the latest moment a scan consumed changes up to (later than {@code asOf} after a
     * scan as of an earlier moment). {@code fullScans} counts full scans: what an agent learnt is valid while it has not
     * moved.
     */
    public record State(Instant asOf, Instant consumedTo, String settings, BigDecimal bankroll, long fullScans) {

        /** Whether the board is as of the latest moment changes were consumed up to: only then can a scan add to it. */
        public boolean current() {
            return !asOf.isBefore(consumedTo);
        }
    }

    /**
     * What a scan as of a moment finds: the last scan ({@code last}, empty before the first); {@code matches}, every
     * match with a pending change, to re-evaluate; {@code results}, whether agent C's and E's history changed since the
     * last scan (a change to a match that was or is completed, or a completed match that kicked off in between);
     * {@code entering}, the matches the scan window reached since the last scan.
     */
    public record Changes(Optional<State> last, Set<String> matches, boolean results, List<String> entering) {
    }

    /**
     * One statement, so that a scan after a collection pays one round trip for all of it: the statement's snapshot
     * reads scan_pending as it was before its own DELETE, so {@code changed} is every pending match.
     */
    private static final String TAKE = """
            WITH state AS (SELECT as_of, consumed_to, settings, bankroll, full_scans FROM scan_state),
                 taken AS (DELETE FROM scan_pending WHERE priced_at <= ?::timestamptz RETURNING match_id, settled),
                 changed AS (SELECT DISTINCT match_id FROM scan_pending)
            SELECT s.as_of, s.consumed_to, s.settings, s.bankroll, s.full_scans, ARRAY(SELECT match_id FROM changed),
                   coalesce((SELECT bool_or(t.settled) FROM taken t), false)
                   OR EXISTS (SELECT 1 FROM matches m WHERE m.completed AND m.id IN (SELECT match_id FROM changed))
                   OR EXISTS (SELECT 1 FROM matches m WHERE m.completed AND NOT m.cancelled
                                 AND m.commence_time >= s.as_of AND m.commence_time < ?::timestamptz),
                   ARRAY(SELECT m.id FROM matches m WHERE m.commence_time > s.as_of + make_interval(secs => ?)
                                                      AND m.commence_time <= ?::timestamptz)
            FROM (SELECT 1) AS one LEFT JOIN state s ON true""";

    private static final String RECORD = """
            INSERT INTO scan_state (as_of, consumed_to, settings, bankroll, full_scans) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (singleton) DO UPDATE
               SET as_of = excluded.as_of, consumed_to = excluded.consumed_to, settings = excluded.settings,
                   bankroll = excluded.bankroll, full_scans = excluded.full_scans, scanned_at = now()""";

    private final DSLContext dsl;

    public ScanLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Waits for any other scan of this database to end; held until the transaction ends. */
    public void lock() {
        dsl.fetch("SELECT pg_advisory_xact_lock(?)", SCAN_LOCK);
    }

    /**
     * Takes the changes a scan as of {@code asOf} with a window of {@code horizon} sees: deletes those whose prices it
     * can read (collected at or before {@code asOf}) and reports every pending match, so that a match whose newest price
     * is later than {@code asOf} is re-evaluated now (as of {@code asOf}) and again by the first scan late enough to
     * read it.
     */
    public Changes take(Instant asOf, Duration horizon) {
        OffsetDateTime at = Times.utc(asOf);
        Record r = dsl.fetchSingle(TAKE, at, at, (double) horizon.toSeconds(), Times.utc(asOf.plus(horizon)));
        Optional<State> last = r.get(0) == null ? Optional.empty() : Optional.of(new State(
                r.get(0, OffsetDateTime.class).toInstant(), r.get(1, OffsetDateTime.class).toInstant(),
                r.get(2, String.class), r.get(3, BigDecimal.class), r.get(4, Long.class)));
        return new Changes(last, new LinkedHashSet<>(Arrays.asList(r.get(5, String[].class))),
                Boolean.TRUE.equals(r.get(6, Boolean.class)), Arrays.asList(r.get(7, String[].class)));
    }

    /**
     * Through plain JDBC: jOOQ's upsert builder took 0.8 ms per scan for a statement the server runs in 0.03 ms, a
     * tenth of the incremental scan after a poll; this takes 0.2-0.4 ms (bench/RESULTS.md, "scan").
     */
    public void record(State state) {
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD)) {
                statement.setObject(1, Times.utc(state.asOf()));
                statement.setObject(2, Times.utc(state.consumedTo()));
                statement.setString(3, state.settings());
                statement.setBigDecimal(4, state.bankroll());
                statement.setLong(5, state.fullScans());
                statement.executeUpdate();
            }
        });
    }
}
