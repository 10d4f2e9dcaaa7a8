package com.monps.agent.api;

import com.monps.agent.metrics.AgentMetrics;
import com.monps.agent.plan.WatchChanges;
import com.monps.core.api.BetUpdateRequest;
import com.monps.core.api.PlaceBetRequest;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.BetRepository.BetQuery;
import com.monps.core.repo.StatsRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.util.List;

/** Records, lists, summarises and corrects bets. */
final class BetRoutes {

    static final int DEFAULT_HISTORY = 50;
    static final int MAX_HISTORY = 10_000;

    private final BetRepository bets;
    private final StatsRepository stats;
    private final BetUpdates updates;
    private final Counter placed;
    private final WatchChanges watched;

    BetRoutes(BetRepository bets, StatsRepository stats, MeterRegistry meters, Clock clock, WatchChanges watched) {
        this.watched = watched;
        this.bets = bets;
        this.stats = stats;
        this.updates = new BetUpdates(bets, clock);
        this.placed = meters.counter(AgentMetrics.BETS_PLACED);
    }

    List<Route> routes() {
        return List.of(
                Route.post("/bets/place", this::place),
                Route.get("/bets/history", this::history),
                Route.get("/bets/stats", request -> Response.ok(stats.betStats())),
                Route.patch("/bets/{id}/update", r -> Response.ok(updates.apply(r.idVariable("id"), r.body(BetUpdateRequest.class)))));
    }

    private Response place(Request request) {
        long id = bets.insert(PlaceBetValidator.toNewBet(request.body(PlaceBetRequest.class)));
        placed.increment();
        watched.changed("bet " + id + " placed");
        Bet bet = bets.find(id).orElseThrow();
        return Response.json(201, bet);
    }

    private Response history(Request request) {
        int limit = request.intQuery("limit", DEFAULT_HISTORY, 1, MAX_HISTORY);
        BetStatus status = request.query("status").map(code -> request.parameter("status", code, BetStatus::fromCode)).orElse(null);
        String sport = request.query("sport").orElse(null);
        return Response.ok(bets.history(new BetQuery(status, sport, limit)));
    }
}
