package com.monps.agent.metrics;

import com.monps.core.db.QueryClass;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;

import static com.monps.core.jooq.Tables.JOB_RUNS;

/**
 * Each job's last successful end in epoch seconds, read from {@code job_runs} at each scrape, so it holds across
 * restarts and across several agents on one database (0 when the job never succeeded, so "too long since the last
 * success" alerts fire).
 * <p>
 * Registered before any job runs, these gauges are the ones the registry keeps (the {@code JobRunner}'s own
 * registration of the name then returns them).
 */
@QueryClass
final class LastSuccessGauges {

    private LastSuccessGauges() {
    }

    static void register(MeterRegistry meters, DSLContext dsl, String job) {
        Gauge.builder(AgentMetrics.JOB_LAST_SUCCESS, dsl, d -> lastSuccess(d, job))
                .description("End of the job's last successful run, epoch seconds")
                .tag("job", job)
                .strongReference(true)
                .register(meters);
    }

    static double lastSuccess(DSLContext dsl, String job) {
        OffsetDateTime last = dsl.select(DSL.max(JOB_RUNS.FINISHED_AT)).from(JOB_RUNS)
                .where(JOB_RUNS.JOB.eq(job).and(JOB_RUNS.STATUS.eq("success")))
                .fetchOne(0, OffsetDateTime.class);
        return last == null ? 0 : last.toEpochSecond();
    }
}
