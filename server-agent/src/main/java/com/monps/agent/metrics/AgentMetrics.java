package com.monps.agent.metrics;

import io.micrometer.core.instrument.Counter;
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
        Counter.builder(BETS_PLACED).description("Bets recorded through the control API").register(meters);
        Counter.builder(OPPORTUNITIES).description("Opportunities written by the scans").register(meters);
        Timer.builder(COLLECTOR_DURATION).description("Duration of the odds collections").register(meters);
        for (String job : jobs) {
            Counter.builder(JOB_FAILURES).description("Failed runs of the job").tag("job", job).register(meters);
            Timer.builder(JOB_DURATION).description("Duration of the job's runs").tag("job", job).register(meters);
        }
        for (String endpoint : endpoints) {
            apiRequests(meters, endpoint, "200");
        }
    }

    /** The request counter of one endpoint (route template) and status. */
    public static Counter apiRequests(MeterRegistry meters, String endpoint, String status) {
        return Counter.builder(API_REQUESTS)
                .description("Control API requests by endpoint and status")
                .tags("endpoint", endpoint, "status", status)
                .register(meters);
    }
}
