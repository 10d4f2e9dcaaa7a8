package com.monps.agent.jobs;

import com.monps.core.db.QueryClass;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static com.monps.core.jooq.Tables.JOB_RUNS;

/**
 * Runs a {@link Job} once and leaves a trace of it: a {@code job_runs} row (running, then success or failed), the
 * metrics {@code monps_job_duration_seconds}, {@code monps_job_last_success} and {@code monps_job_failures_total},
 * and log lines tagged with the job's name (the {@code job} MDC key routes them to the job's own log file).
 */
@QueryClass
public final class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private final DSLContext dsl;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public JobRunner(DSLContext dsl, MeterRegistry meters) {
        this.dsl = dsl;
        this.meters = meters;
    }

    public JobResult run(Job job) throws Exception {
        String name = job.name();
        Counter failures = meters.counter("monps.job.failures", "job", name);
        lastSuccessGauge(name);
        MDC.put("job", name);
        closeAbandonedRuns(name);
        long runId = dsl.insertInto(JOB_RUNS).set(JOB_RUNS.JOB, name).returning(JOB_RUNS.ID).fetchOne(JOB_RUNS.ID);
        Timer.Sample sample = Timer.start(meters);
        try {
            JobResult result = job.run();
            finish(runId, "success", result.items(), result.summary());
            lastSuccess.get(name).set(System.currentTimeMillis() / 1000);
            log.info("{} succeeded: {}", name, result.summary());
            return result;
        } catch (Exception | Error e) {
            failures.increment();
            log.error("{} failed: {}", name, e.getMessage());
            try {
                finish(runId, "failed", null, String.valueOf(e.getMessage()));
            } catch (RuntimeException unrecorded) {
                // the job's own failure is what the trader must read; the lost job_runs update rides along with it
                e.addSuppressed(unrecorded);
                log.error("{}: its failure could not be recorded in job_runs: {}", name, unrecorded.getMessage());
            }
            throw e;
        } finally {
            sample.stop(meters.timer("monps.job.duration", "job", name));
            MDC.remove("job");
        }
    }

    /**
     * A run whose process was killed stays "running" in job_runs for ever; no run lasts {@link #ABANDONED_AFTER}, so an
     * older one is closed as failed when the job next starts, and status stops showing it as in progress.
     */
    private void closeAbandonedRuns(String name) {
        int closed = dsl.update(JOB_RUNS)
                .set(JOB_RUNS.STATUS, "failed")
                .set(JOB_RUNS.MESSAGE, "interrupted: the process stopped before this run ended")
                .set(JOB_RUNS.FINISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(JOB_RUNS.JOB.eq(name).and(JOB_RUNS.STATUS.eq("running"))
                        .and(JOB_RUNS.STARTED_AT.lt(OffsetDateTime.now(ZoneOffset.UTC).minus(ABANDONED_AFTER))))
                .execute();
        if (closed > 0) {
            log.warn("{}: {} earlier run(s) never finished (process killed); recorded as failed", name, closed);
        }
    }

    private void lastSuccessGauge(String name) {
        lastSuccess.computeIfAbsent(name, n -> {
            AtomicLong value = new AtomicLong();
            // the agent's metrics may already export this gauge from job_runs (it survives restarts): keep theirs
            if (meters.find("monps.job.last.success").tag("job", n).gauge() == null) {
                meters.gauge("monps.job.last.success", io.micrometer.core.instrument.Tags.of("job", n), value, AtomicLong::get);
            }
            return value;
        });
    }

    private void finish(long runId, String status, Integer items, String message) {
        dsl.update(JOB_RUNS)
                .set(JOB_RUNS.STATUS, status)
                .set(JOB_RUNS.ITEMS, items)
                .set(JOB_RUNS.MESSAGE, message)
                .set(JOB_RUNS.FINISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(JOB_RUNS.ID.eq(runId))
                .execute();
    }
}
