package com.monps.bench.month;

import com.monps.agent.simulation.MonthResults;
import com.monps.agent.simulation.SimulatedMonth;
import com.monps.agent.simulation.SimulatedMonth.PlannedBet;
import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.core.history.HistoricalMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The daemon over a simulated month (November 2019, Premier League, Bundesliga, La Liga), as the agent's
 * {@code DaemonMonthSimulationTest} lives it: db-scheduler on a simulated clock, the credit planner, collect, settle,
 * clv, scan and the control API against a stand-in Odds API serving the real fixtures and prices. Reports the credits
 * spent, the closing prices captured for bet matches, and how close status's projection at mid-month came to the month.
 * Skipped when the shared seasons are absent.
 */
public final class MonthBenchmark implements Benchmark {

    private static final String NAME = "month";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        Path folder = Path.of(System.getenv().getOrDefault("MONPS_DEMO_DATA", "../shared/data/football-data"));
        if (SimulatedMonth.SEASONS.stream().anyMatch(f -> !Files.isReadable(folder.resolve(f)))) {
            report.note(NAME, "skipped: " + SimulatedMonth.SEASONS + " not found in " + folder.toAbsolutePath() + " (set MONPS_DEMO_DATA)");
            return;
        }
        int budget = options.integer("month.budget", 500);
        int daemons = options.integer("month.daemons", 1);
        List<HistoricalMatch> fixtures = SimulatedMonth.fixtures(folder);
        List<PlannedBet> bets = SimulatedMonth.bets(fixtures);
        long started = System.nanoTime();
        MonthResults[] month = new MonthResults[1];
        server.inFreshDatabase(NAME, (db, config) -> month[0] = SimulatedMonth.run(config, fixtures, bets, daemons, budget));
        double seconds = (System.nanoTime() - started) / 1e9;
        MonthResults results = month[0];
        long captured = bets.stream().filter(results::closingPriceCaptured).count();
        long late = bets.stream().filter(PlannedBet::late).count();
        long lateCaptured = bets.stream().filter(PlannedBet::late).filter(results::closingPriceCaptured).count();
        int projection = results.outcomes().projectionAtMiddle();
        report.note(NAME, String.format(Locale.ROOT, "November 2019, %s, %d daemon(s), %d bets (%d in the last 45 minutes): "
                        + "%d odds calls, %d credits of %d; projection at mid-month %d; lived in %.0f s", SimulatedMonth.SPORTS,
                daemons, bets.size(), late, results.oddsCalls(), results.credits(), budget, projection, seconds));
        report.add(new Measurement(NAME, "credits spent in November 2019 (3 leagues)", results.credits(), "credits",
                "monthly budget", budget, "<= budget", results.credits() <= budget));
        double share = 100.0 * captured / Math.max(1, bets.size());
        report.add(new Measurement(NAME, "bet matches with a price <= 15 min before kick-off", share, "%", "goal", 95,
                ">= 95 %", share >= 95));
        double lateShare = 100.0 * lateCaptured / Math.max(1, late);
        report.add(new Measurement(NAME, "late bets (last 45 min) with a price <= 15 min before kick-off", lateShare, "%",
                "goal", 95, ">= 95 %", lateShare >= 95));
        report.add(new Measurement(NAME, "status's projection at mid-month", projection, "credits", "credits spent",
                results.credits(), "within 10 %", Math.abs(projection - results.credits()) <= 0.1 * results.credits()));
    }
}
