package com.monps.agent.simulation;

import com.monps.agent.simulation.SimulatedMonth.Outcomes;
import com.monps.agent.simulation.SimulatedMonth.PlannedBet;
import com.monps.agent.simulation.SimulatedOddsApi.Call;
import com.monps.core.db.Database;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a simulated month left: the calls the stand-in answered, the bets' rows, the prices and the job runs. */
public record MonthResults(Outcomes outcomes, List<Call> calls, int credits, List<BetRow> bets,
                           Map<String, Instant> lastPriceBeforeKickOff, long pricesStored, BigDecimal settledTotal,
                           Map<String, Integer> jobRuns) {

    /** A bet as the database holds it at the end of the month. */
    public record BetRow(String matchId, String outcome, String status, BigDecimal profit, BigDecimal closingOdds,
                         BigDecimal clvPercent) {
    }

    /** Whether the match of {@code bet} has a price stored at most 15 minutes before kick-off. */
    public boolean closingPriceCaptured(PlannedBet bet) {
        Instant last = lastPriceBeforeKickOff.get(SimulatedOddsApi.eventId(bet.match()));
        return last != null && !last.isBefore(bet.match().kickOff().minus(Duration.ofMinutes(15)));
    }

    public long oddsCalls() {
        return calls.stream().filter(c -> c.endpoint().equals("odds")).count();
    }

    static MonthResults read(Database db, SimulatedOddsApi api, Outcomes outcomes) {
        var dsl = db.dsl();
        List<BetRow> bets = dsl.fetch("SELECT match_id, outcome, status, profit, closing_odds, clv_percent FROM bets ORDER BY id")
                .map(r -> new BetRow(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, BigDecimal.class), r.get(4, BigDecimal.class), r.get(5, BigDecimal.class)));
        Map<String, Instant> lastPrice = new HashMap<>();
        dsl.fetch("""
                SELECT m.id, max(o.collected_at) FROM matches m JOIN odds_h2h o ON o.match_id = m.id
                WHERE o.collected_at <= m.commence_time GROUP BY m.id""")
                .forEach(r -> lastPrice.put(r.get(0, String.class), r.get(1, OffsetDateTime.class).toInstant()));
        Map<String, Integer> runs = new HashMap<>();
        dsl.fetch("SELECT job, count(*) FROM job_runs GROUP BY job").forEach(r -> runs.put(r.get(0, String.class), r.get(1, Integer.class)));
        return new MonthResults(outcomes, api.calls(), api.creditsUsedBetween(SimulatedMonth.START, SimulatedMonth.END), bets,
                lastPrice, dsl.fetchSingle("SELECT count(*) FROM odds_h2h").get(0, Long.class),
                dsl.fetchSingle("SELECT total_profit FROM bets_stats").get(0, BigDecimal.class), runs);
    }
}
