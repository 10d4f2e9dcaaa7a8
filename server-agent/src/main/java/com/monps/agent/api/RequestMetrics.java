package com.monps.agent.api;

import com.monps.agent.metrics.AgentMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * Times every control API request by method, route (the template, never the raw path) and status. The Odds API's
 * answers are counted apart, in {@code monps.api.requests}.
 */
final class RequestMetrics {

    private final MeterRegistry meters;

    RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void record(String method, String endpoint, int status, long nanos) {
        String code = Integer.toString(status);
        Timer.builder(AgentMetrics.HTTP_REQUESTS)
                .description("Control API requests by method, route and status")
                .tags("method", method, "route", endpoint, "status", code)
                .register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
