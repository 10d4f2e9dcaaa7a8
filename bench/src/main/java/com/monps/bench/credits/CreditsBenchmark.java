package com.monps.bench.credits;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month of the credit planner for three leagues on the real fixture dates of the shared football-data seasons
 * (December 2019: Premier League, La Liga, Serie A, with the Christmas and midweek rounds), a bet on one match in
 * three: credits spent against the 500-credit budget, and the share of bet matches whose last pre-kick-off price was
 * captured within 15 minutes of kick-off. Skipped when the shared seasons are absent.
 */
public final class CreditsBenchmark implements Benchmark {

    private static final String NAME = "credits";
    private static final List<String> FILES = List.of("E0_1920.csv", "SP1_1920.csv", "I1_1920.csv");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) {
        Path folder = Path.of(System.getenv().getOrDefault("MONPS_DEMO_DATA", "../shared/data/football-data"));
        if (FILES.stream().anyMatch(f -> !Files.isReadable(folder.resolve(f)))) {
            report.note(NAME, "skipped: " + FILES + " not found in " + folder.toAbsolutePath() + " (set MONPS_DEMO_DATA)");
            return;
        }
        YearMonth month = YearMonth.of(options.integer("credits.year", 2019), options.integer("credits.month", 12));
        int budget = options.integer("credits.budget", 500);
        int callCost = options.integer("credits.call-cost", 1);
        int betEvery = options.integer("credits.bet-every", 3);
        Map<String, List<MonthSimulation.Fixture>> fixtures = fixtures(folder, betEvery);
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        MonthSimulation.Outcome outcome = new MonthSimulation(budget, callCost, fixtures).run(start);
        report.note(NAME, String.format(Locale.ROOT, "%s, %s, %d credit(s) per odds call, a bet on one match in %d placed %d h"
                        + " before kick-off: %d odds calls (%d credits) + scores %d credits; %d bet matches, worst last-capture"
                        + " gap %d min", month, FILES, callCost, betEvery, MonthSimulation.BET_LEAD.toHours(), outcome.oddsCalls(),
                outcome.oddsCredits(), outcome.scoresCredits(), outcome.betMatches(), outcome.worstGapMinutes()));
        report.add(new Measurement(NAME, "credits spent in " + month, outcome.credits(), "credits", "monthly budget", budget,
                "<= 500", outcome.credits() <= 500));
        double share = 100.0 * outcome.capturedInWindow() / Math.max(1, outcome.betMatches());
        report.add(new Measurement(NAME, "bet matches with a price captured <= 15 min before kick-off", share, "%",
                "goal", 95, ">= 95 %", share >= 95));
    }

    private static Map<String, List<MonthSimulation.Fixture>> fixtures(Path folder, int betEvery) {
        Map<String, List<MonthSimulation.Fixture>> bySport = new HashMap<>();
        for (String file : FILES) {
            List<HistoricalMatch> matches = new ArrayList<>(FootballDataFile.read(folder.resolve(file)).matches());
            matches.sort(Comparator.comparing(HistoricalMatch::kickOff).thenComparing(HistoricalMatch::id));
            List<MonthSimulation.Fixture> list = new ArrayList<>();
            for (int i = 0; i < matches.size(); i++) {
                list.add(new MonthSimulation.Fixture(matches.get(i).id(), matches.get(i).kickOff(), i % betEvery == 0));
            }
            bySport.put(matches.getFirst().league().sportKey(), list);
        }
        return bySport;
    }
}
