package com.monps.agent.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Collection;
import java.util.List;

/**
 * The metric names shared by the agent's components (see the brief's contract), and their registration at start with
 * zero values, so that every series is on {@code /metrics} before its first event and dashboards and alerts never see
 * a hole.
 */
public final class AgentMetrics {

    public static final String API_REQUESTS = "monps.api.requests";
    public static final String HTTP_REQUESTS = "monps.http.requests";
    public static final String BETS_PLACED = "monps.bets.placed";
    public static final String OPPORTUNITIES = "monps.opportunities";
    public static final String COLLECTOR_DURATION = "monps.collector.duration";
    public static final String CREDITS_REMAINING = "monps.credits.remaining";
    public static final String JOB_LAST_SUCCESS = "monps.job.last.success";
    public static final String JOB_FAILURES = "monps.job.failures";
    public static final String JOB_DURATION = "monps.job.duration";

    /** The jobs whose series exist from the start, whether or not this build has them yet. */
    public static final List<String> KNOWN_JOBS = List.of("collect", "settle", "clv", "scan");

    private AgentMetrics() {
    }

    /**
     * Registers the counters and timers of the contract at zero: bets placed, opportunities, collector duration, each
     * job's failures and duration, and API requests of each endpoint with status 200. The gauges read the database:
     * see {@link DatabaseGauges}.
     */
    public static void preRegister(MeterRegistry meters, Collection<String> jobs, Collection<String> endpoints) {
        meters.counter(BETS_PLACED);
        meters.counter(OPPORTUNITIES);
        Timer.builder(COLLECTOR_DURATION).register(meters);
        for (String job : jobs) {
            meters.counter(JOB_FAILURES, "job", job);
            meters.timer(JOB_DURATION, "job", job);
        }
        for (String endpoint : endpoints) {
            meters.counter(API_REQUESTS, "endpoint", endpoint, "status", "200");
        }
    }
}
