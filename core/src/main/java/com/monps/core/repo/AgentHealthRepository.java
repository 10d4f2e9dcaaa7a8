package com.monps.core.repo;

import com.monps.core.jooq.tables.records.JobRunsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.monps.core.jooq.Tables.API_REQUESTS;
import static com.monps.core.jooq.Tables.JOB_RUNS;

/** What the agent last did, read from {@code job_runs} and {@code api_requests}: for the dashboard and the agent screen. */
public final class AgentHealthRepository {

    /** One run of a job; {@code finishedAt} is null while it runs. */
    public record Run(long id, String job, Instant startedAt, Instant finishedAt, String status, Integer items, String message) {
    }

    private final DSLContext dsl;

    public AgentHealthRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest runs of every job, newest first. */
    public List<Run> latestRuns(int limit) {
        return dsl.selectFrom(JOB_RUNS).orderBy(JOB_RUNS.STARTED_AT.desc(), JOB_RUNS.ID.desc()).limit(limit)
                .fetch(AgentHealthRepository::toRun);
    }

    /** The latest run of {@code job}. */
    public Optional<Run> lastRun(String job) {
        return dsl.selectFrom(JOB_RUNS).where(JOB_RUNS.JOB.eq(job)).orderBy(JOB_RUNS.STARTED_AT.desc(), JOB_RUNS.ID.desc()).limit(1)
                .fetchOptional(AgentHealthRepository::toRun);
    }

    /** The credit balance the odds API last reported. */
    public Optional<Integer> creditsRemaining() {
        return dsl.select(API_REQUESTS.REQUESTS_REMAINING).from(API_REQUESTS)
                .where(API_REQUESTS.REQUESTS_REMAINING.isNotNull())
                .orderBy(API_REQUESTS.REQUESTED_AT.desc(), API_REQUESTS.ID.desc()).limit(1)
                .fetchOptional(API_REQUESTS.REQUESTS_REMAINING);
    }

    /** When the odds API last answered. */
    public Optional<Instant> lastApiCall() {
        return Optional.ofNullable(Times.instant(dsl.select(DSL.max(API_REQUESTS.REQUESTED_AT)).from(API_REQUESTS).fetchOne().value1()));
    }

    private static Run toRun(JobRunsRecord r) {
        return new Run(r.getId(), r.getJob(), Times.instant(r.getStartedAt()), Times.instant(r.getFinishedAt()),
                r.getStatus(), r.getItems(), r.getMessage());
    }
}
