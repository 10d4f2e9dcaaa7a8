package com.monps.agent.api;

import com.monps.core.repo.OpportunityRepository;

import java.util.List;

/** The opportunities the agents found, best edge first or best patron score first. */
final class OpportunityRoutes {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1_000;

    private final OpportunityRepository opportunities;

    OpportunityRoutes(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/opportunities/brute", r -> Response.ok(opportunities.topByEdge(limit(r)))),
                Route.get("/opportunities/patron-scores", r -> Response.ok(opportunities.topByPatronScore(limit(r)))));
    }

    private static int limit(Request request) {
        return request.intQuery("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }
}
