package com.monps.core.repo;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.SCAN_PENDING;
import static com.monps.core.jooq.Tables.SCAN_STATE;

/**
 * What changed since the last opportunity scan ({@code scan_pending}, appended by triggers on the latest prices and on
 * matches, V79) and what that scan used ({@code scan_state}). Every method runs in the scan's transaction: what a scan
 * consumes is consumed only if its board is written.
 */
public final class ScanLedger {

    /** Scans of one database take turns: two agents scanning at once would each consume half of the changes. */
    private static final long SCAN_LOCK = 0x6d6f6e7073L; // "monps"

    /** The last scan. {@code fullScans} counts full scans: what an agent learnt is valid while it has not moved. */
    public record State(Instant asOf, String settings, BigDecimal bankroll, long fullScans) {
    }

    /**
     * The changes a scan as of a moment takes: {@code matches}, every match with a change, to re-evaluate;
     * {@code settled}, whether a change concerns a match that was or is completed (history for agents C and E).
     */
    public record Changes(Set<String> matches, boolean settled) {
    }

    private final DSLContext dsl;

    public ScanLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Waits for any other scan of this database to end; held until the transaction ends. */
    public void lock() {
        dsl.fetch("SELECT pg_advisory_xact_lock(?)", SCAN_LOCK);
    }

    public Optional<State> state() {
        return dsl.selectFrom(SCAN_STATE).fetchOptional(r -> new State(Times.instant(r.getAsOf()), r.getSettings(),
                r.getBankroll(), r.getFullScans()));
    }

    /**
     * Takes the changes a scan as of {@code asOf} sees: deletes those whose prices it can read (collected at or before
     * {@code asOf}) and reports every pending match, so that a match whose newest price is later than {@code asOf} is
     * re-evaluated now (as of {@code asOf}) and again by the first scan late enough to read it.
     */
    public Changes take(Instant asOf) {
        Set<String> matches = new LinkedHashSet<>();
        boolean[] settled = {false};
        dsl.deleteFrom(SCAN_PENDING).where(SCAN_PENDING.PRICED_AT.le(Times.utc(asOf)))
                .returning(SCAN_PENDING.MATCH_ID, SCAN_PENDING.SETTLED).fetch().forEach(r -> {
                    matches.add(r.getMatchId());
                    settled[0] |= r.getSettled();
                });
        matches.addAll(dsl.selectDistinct(SCAN_PENDING.MATCH_ID).from(SCAN_PENDING).fetch(SCAN_PENDING.MATCH_ID));
        return new Changes(matches, settled[0]);
    }

    /** Whether any of {@code matchIds} is completed: a price or row change of it changes agent C's history. */
    public boolean anyCompleted(Set<String> matchIds) {
        return dsl.fetchExists(dsl.selectOne().from(MATCHES).where(MATCHES.COMPLETED.isTrue()).and(MATCHES.ID.in(matchIds)));
    }

    /** Whether a completed match kicked off in [from, to): it joined the history of "played before the scan". */
    public boolean playedBetween(Instant from, Instant to) {
        return dsl.fetchExists(dsl.selectOne().from(MATCHES).where(MATCHES.COMPLETED.isTrue()).and(MATCHES.CANCELLED.isFalse())
                .and(MATCHES.COMMENCE_TIME.ge(Times.utc(from))).and(MATCHES.COMMENCE_TIME.lt(Times.utc(to))));
    }

    /** The matches that entered the scan window: kicking off in (from, to]. */
    public List<String> kickingOffIn(Instant from, Instant to) {
        return dsl.select(MATCHES.ID).from(MATCHES)
                .where(MATCHES.COMMENCE_TIME.gt(Times.utc(from))).and(MATCHES.COMMENCE_TIME.le(Times.utc(to)))
                .fetch(MATCHES.ID);
    }

    public void record(State state) {
        OffsetDateTime asOf = Times.utc(state.asOf());
        dsl.insertInto(SCAN_STATE, SCAN_STATE.AS_OF, SCAN_STATE.SETTINGS, SCAN_STATE.BANKROLL, SCAN_STATE.FULL_SCANS)
                .values(asOf, state.settings(), state.bankroll(), state.fullScans())
                .onConflict(SCAN_STATE.SINGLETON).doUpdate()
                .set(SCAN_STATE.AS_OF, asOf).set(SCAN_STATE.SETTINGS, state.settings())
                .set(SCAN_STATE.BANKROLL, state.bankroll()).set(SCAN_STATE.FULL_SCANS, state.fullScans())
                .set(SCAN_STATE.SCANNED_AT, DSL.currentOffsetDateTime())
                .execute();
    }
}
