package com.monps.agent.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;

import static com.monps.core.jooq.Tables.API_REQUESTS;
import static com.monps.core.jooq.Tables.JOB_RUNS;

/**
 * Gauges read from the database at each scrape, so they hold across restarts and across several agents on one
 * database: the credits left at the last answer of The Odds API ({@code NaN} until the first answer: an unknown
 * balance must not look like an empty one) and each job's last successful end in epoch seconds (0 when it never
 * succeeded, so "too long since the last success" alerts fire).
 * <p>
 * Registered before any job runs or API call, these gauges are the ones the registry keeps for those names (a later
 * registration of the same name returns them).
 */
final class DatabaseGauges {

    private DatabaseGauges() {
    }

    static void registerCredits(MeterRegistry meters, DSLContext dsl) {
        Gauge.builder(AgentMetrics.CREDITS_REMAINING, dsl, DatabaseGauges::creditsRemaining)
                .description("Credits left on The Odds API at its last answer")
                .strongReference(true)
                .register(meters);
    }

    static void registerLastSuccess(MeterRegistry meters, DSLContext dsl, String job) {
        Gauge.builder(AgentMetrics.JOB_LAST_SUCCESS, dsl, d -> lastSuccess(d, job))
                .description("End of the job's last successful run, epoch seconds")
                .tag("job", job)
                .strongReference(true)
                .register(meters);
    }

    static double creditsRemaining(DSLContext dsl) {
        Integer remaining = dsl.select(API_REQUESTS.REQUESTS_REMAINING).from(API_REQUESTS)
                .where(API_REQUESTS.REQUESTS_REMAINING.isNotNull())
                .orderBy(API_REQUESTS.REQUESTED_AT.desc(), API_REQUESTS.ID.desc())
                .limit(1)
                .fetchOne(API_REQUESTS.REQUESTS_REMAINING);
        return remaining == null ? Double.NaN : remaining;
    }

    static double lastSuccess(DSLContext dsl, String job) {
        OffsetDateTime last = dsl.select(DSL.max(JOB_RUNS.FINISHED_AT)).from(JOB_RUNS)
                .where(JOB_RUNS.JOB.eq(job).and(JOB_RUNS.STATUS.eq("success")))
                .fetchOne(0, OffsetDateTime.class);
        return last == null ? 0 : last.toEpochSecond();
    }
}
