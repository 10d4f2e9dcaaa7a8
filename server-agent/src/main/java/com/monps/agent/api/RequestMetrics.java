package com.monps.agent.api;

import com.monps.agent.metrics.AgentMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/** Counts and times every request by endpoint (the route template, never the raw path) and status. */
final class RequestMetrics {

    private final MeterRegistry meters;

    RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void record(String method, String endpoint, int status, long nanos) {
        String code = Integer.toString(status);
        AgentMetrics.apiRequests(meters, endpoint, code).increment();
        Timer.builder(AgentMetrics.HTTP_REQUESTS)
                .description("Control API requests by method, route and status")
                .tags("method", method, "route", endpoint, "status", code)
                .register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
