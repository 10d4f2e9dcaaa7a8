package com.monps.agent.api;

import com.monps.core.db.QueryClass;
import com.monps.core.api.Health;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/** {@code GET /health} (public: is the database reachable?) and {@code GET /metrics} (Prometheus text). */
@QueryClass
final class SystemRoutes {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger log = LoggerFactory.getLogger(SystemRoutes.class);

    private final DSLContext dsl;
    private final Supplier<String> scrape;

    SystemRoutes(DSLContext dsl, Supplier<String> scrape) {
        this.dsl = dsl;
        this.scrape = scrape;
    }

    List<Route> routes() {
        return List.of(
                Route.publicGet("/health", request -> health()),
                Route.get("/metrics", request -> Response.text(scrape.get(), PROMETHEUS_TEXT)));
    }

    private Response health() {
        try {
            dsl.selectOne().fetch();
            return Response.ok(Health.ok());
        } catch (RuntimeException e) {
            log.warn("health check: database unreachable: {}", e.getMessage());
            return Response.json(503, Health.unavailable("database unreachable"));
        }
    }
}
