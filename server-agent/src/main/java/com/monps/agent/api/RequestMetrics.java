package com.monps.agent.api;

import com.monps.agent.metrics.AgentMetrics;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * Times every control API request by method, route (the template, never the raw path; {@value #UNMATCHED} for a path
 * no route serves) and status, as {@code monps_http_requests_seconds}. The Odds API's answers are counted apart, in
 * {@code monps.api.requests}.
 */
final class RequestMetrics {

    static final String UNMATCHED = "unmatched";
    private static final String STARTED = "monps.started-nanos";

    private final MeterRegistry meters;

    RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A before-handler: notes when the request arrived. */
    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** An after-handler: runs after the answer, refusals included. */
    void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        Timer.builder(AgentMetrics.HTTP_REQUESTS)
                .description("Control API requests by method, route and status")
                .tags("method", ctx.method().name(), "route", matched == null ? UNMATCHED : matched.path,
                        "status", Integer.toString(ctx.statusCode()))
                .register(meters)
                .record(System.nanoTime() - (started == null ? System.nanoTime() : started), TimeUnit.NANOSECONDS);
    }
}
