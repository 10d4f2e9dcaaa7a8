package com.monps.agent.oddsapi;

import com.monps.core.db.QueryClass;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.monps.core.db.ConnectionRetry;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static com.monps.core.jooq.Tables.API_REQUESTS;

/**
 * The {@code api_requests} ledger: one row per answer of The Odds API with its credit headers, so the agent always knows
 * its balance. Keeps the gauge {@code monps.credits.remaining} at the last balance the API reported.
 */
@QueryClass
public final class ApiRequestLog {

    static final String OUT_OF_CREDITS = "OUT_OF_USAGE_CREDITS";

    private final DSLContext dsl;
    private final AtomicReference<Double> remaining = new AtomicReference<>(Double.NaN);

    private final ConnectionRetry retry;
    private final Clock clock;

    public ApiRequestLog(DSLContext dsl, MeterRegistry meters) {
        this(dsl, meters, Clock.systemUTC());
    }

    /** Answers are dated by {@code clock}: the planner counts this month's credits and each sport's last call by it. */
    public ApiRequestLog(DSLContext dsl, MeterRegistry meters, Clock clock) {
        this(dsl, meters, ConnectionRetry.standard(), clock);
    }

    /** With {@code retry} deciding how long the record of an answer already paid for waits for the database. */
    public ApiRequestLog(DSLContext dsl, MeterRegistry meters, ConnectionRetry retry) {
        this(dsl, meters, retry, Clock.systemUTC());
    }

    private ApiRequestLog(DSLContext dsl, MeterRegistry meters, ConnectionRetry retry, Clock clock) {
        this.dsl = dsl;
        this.retry = retry;
        this.clock = clock;
        Gauge.builder("monps.credits.remaining", remaining, AtomicReference::get)
                .description("credits left on The Odds API key, as its last answer reported")
                .register(meters);
    }

    public void record(String endpoint, String sport, int status, String errorCode, CreditHeaders credits) {
        retry.run("record the " + endpoint + " answer", () -> dsl.insertInto(API_REQUESTS)
                .set(API_REQUESTS.ENDPOINT, endpoint)
                .set(API_REQUESTS.SPORT_KEY, sport)
                .set(API_REQUESTS.HTTP_STATUS, status)
                .set(API_REQUESTS.ERROR_CODE, errorCode == null || errorCode.isBlank() ? null : errorCode)
                .set(API_REQUESTS.REQUESTS_REMAINING, credits.remaining())
                .set(API_REQUESTS.REQUESTS_USED, credits.used())
                .set(API_REQUESTS.REQUESTS_LAST, credits.last())
                .set(API_REQUESTS.REQUESTED_AT, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .execute());
        if (credits.remaining() != null) {
            remaining.set(credits.remaining().doubleValue());
        }
    }

    /** Sets the gauge from the ledger: for a process that has not called the API yet. */
    public void refreshGauge() {
        lastRemaining().ifPresent(value -> remaining.set(value.doubleValue()));
    }

    /** The balance of the newest answer that reported one. */
    public Optional<Integer> lastRemaining() {
        return dsl.select(API_REQUESTS.REQUESTS_REMAINING).from(API_REQUESTS)
                .where(API_REQUESTS.REQUESTS_REMAINING.isNotNull())
                .orderBy(API_REQUESTS.REQUESTED_AT.desc(), API_REQUESTS.ID.desc())
                .limit(1)
                .fetchOptional(API_REQUESTS.REQUESTS_REMAINING);
    }

    /** True when the newest answer said the quota is spent (an OUT_OF_USAGE_CREDITS refusal or a balance of 0). */
    public boolean quotaExhausted() {
        return dsl.select(API_REQUESTS.ERROR_CODE, API_REQUESTS.REQUESTS_REMAINING).from(API_REQUESTS)
                .orderBy(API_REQUESTS.REQUESTED_AT.desc(), API_REQUESTS.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(r -> OUT_OF_CREDITS.equals(r.value1()) || Integer.valueOf(0).equals(r.value2()))
                .orElse(false);
    }

    /** Credits spent since {@code from}: the sum of the {@code x-requests-last} costs the API reported. */
    public int usedSince(Instant from) {
        return dsl.select(DSL.coalesce(DSL.sum(API_REQUESTS.REQUESTS_LAST), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(API_REQUESTS)
                .where(API_REQUESTS.REQUESTED_AT.ge(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)))
                .fetchSingle(0, Integer.class);
    }

    /** The time of the newest successful odds answer for {@code sport}. */
    public Optional<Instant> lastOddsCall(String sport) {
        return dsl.select(DSL.max(API_REQUESTS.REQUESTED_AT)).from(API_REQUESTS)
                .where(API_REQUESTS.ENDPOINT.eq("odds").and(API_REQUESTS.SPORT_KEY.eq(sport))
                        .and(API_REQUESTS.HTTP_STATUS.eq(200)))
                .fetchOptional(0, OffsetDateTime.class)
                .map(OffsetDateTime::toInstant);
    }
}
