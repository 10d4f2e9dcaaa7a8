package com.monps.agent.metrics;

import com.monps.agent.jobs.JobName;
import com.monps.core.db.Database;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Collection;
import java.util.List;

/**
 * The agent's meters: the names shared by its components (the brief's contract), registered at start with zero values
 * so that every series is on {@code /metrics} before its first event, plus the gauges read from the database and the
 * JVM and pool binders. The composition root binds it once; closing it stops the GC listener.
 */
public final class AgentMetrics implements AutoCloseable {

    /** Answers of The Odds API by endpoint ({@code sports}, {@code events}, {@code odds}, {@code scores}) and status. */
    public static final String API_REQUESTS = "monps.api.requests";
    /** Requests to the control API by method, route template and status. */
    public static final String HTTP_REQUESTS = "monps.http.requests";
    public static final String BETS_PLACED = "monps.bets.placed";
    public static final String OPPORTUNITIES = "monps.opportunities";
    public static final String COLLECTOR_DURATION = "monps.collector.duration";
    public static final String JOB_LAST_SUCCESS = "monps.job.last.success";
    public static final String JOB_FAILURES = "monps.job.failures";
    public static final String JOB_DURATION = "monps.job.duration";

    /** The jobs whose series exist from the start, whether or not this build has them yet. */
    public static final List<String> KNOWN_JOBS = JobName.codes();
    /** The Odds API endpoints the collector calls, as it tags {@link #API_REQUESTS}. */
    public static final List<String> ODDS_API_ENDPOINTS = List.of("sports", "events", "odds", "scores");

    private final MeterRegistry meters;
    private final Database database;
    private final RuntimeMetrics runtime;

    private AgentMetrics(MeterRegistry meters, Database database, RuntimeMetrics runtime) {
        this.meters = meters;
        this.database = database;
        this.runtime = runtime;
    }

    /** Registers every series of the agent on {@code meters}; call before any job runs. */
    public static AgentMetrics bind(MeterRegistry meters, Database database, int creditBudget) {
        Counter.builder(BETS_PLACED).description("Bets recorded through the control API").register(meters);
        Counter.builder(OPPORTUNITIES).description("Opportunities written by the scans").register(meters);
        Timer.builder(COLLECTOR_DURATION).description("Duration of the odds collections").register(meters);
        for (String endpoint : ODDS_API_ENDPOINTS) {
            Counter.builder(API_REQUESTS).description("Answers of The Odds API by endpoint and status")
                    .tags("endpoint", endpoint, "status", "200").register(meters);
        }
        BetGauges.register(meters, database.dsl(), creditBudget);
        AgentMetrics metrics = new AgentMetrics(meters, database, RuntimeMetrics.bind(meters, database.dataSource()));
        metrics.registerJobs(KNOWN_JOBS);
        return metrics;
    }

    /** The failure counter, duration timer and last-success gauge of each job in {@code jobs}, at zero. */
    public void registerJobs(Collection<String> jobs) {
        for (String job : jobs) {
            Counter.builder(JOB_FAILURES).description("Failed runs of the job").tag("job", job).register(meters);
            Timer.builder(JOB_DURATION).description("Duration of the job's runs").tag("job", job).register(meters);
            LastSuccessGauges.register(meters, database.dsl(), job);
        }
    }

    @Override
    public void close() {
        runtime.close();
    }
}
