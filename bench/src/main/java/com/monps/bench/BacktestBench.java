package com.monps.bench;

import com.monps.core.backtest.BacktestEngine;
import com.monps.core.backtest.BacktestReport;
import com.monps.core.backtest.LineBacktestReport;
import com.monps.core.backtest.LineValueBacktest;
import com.monps.core.backtest.Staking;
import com.monps.core.backtest.Strategies;
import com.monps.core.domain.Market;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backtest throughput over every shared season: the cold end-to-end time (read the files + one replay, what
 * {@code backtest --csv ...} does), then replays per second of each strategy × staking after warm-up.
 * Usage: {@code BacktestBench [FOLDER]} (default ../shared/data/football-data).
 */
public final class BacktestBench {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;

    private BacktestBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/football-data");
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        long start = System.nanoTime();
        List<HistoricalMatch> matches = read(files);
        long parsed = System.nanoTime();
        BacktestReport first = new BacktestEngine().run(matches, Strategies.named("value-vs-pinnacle", 0.03, 0.15), Staking.Flat.ONE_UNIT);
        long replayed = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d files, %d matches: cold read %.0f ms + first replay %.0f ms = %.0f ms (%d bets)%n",
                files.size(), matches.size(), ms(parsed - start), ms(replayed - parsed), ms(replayed - start), first.bets());
        for (Market market : List.of(Market.TOTALS, Market.SPREADS)) {
            long before = System.nanoTime();
            LineBacktestReport line = new LineValueBacktest(market, 0.03).run(matches);
            System.out.printf(Locale.ROOT, "cold first replay %s %.0f ms (%d bets): read + replay %.0f ms%n", market.code(),
                    ms(System.nanoTime() - before), line.bets(), ms(parsed - start + System.nanoTime() - before));
        }
        measureEndToEnd(files);
        for (Market market : List.of(Market.TOTALS, Market.SPREADS)) {
            measureLines(matches, market);
        }
        for (String strategy : Strategies.NAMES) {
            for (Staking staking : List.of(Staking.Flat.ONE_UNIT, Staking.FractionalKelly.QUARTER)) {
                measure(matches, strategy, staking);
            }
        }
    }

    /** Read every file and replay value-vs-pinnacle once, as the command does, after the JVM has warmed up. */
    private static void measureEndToEnd(List<Path> files) {
        int matches = 0;
        for (int i = 0; i < WARM_UP; i++) {
            matches = new BacktestEngine().run(read(files), Strategies.named("value-vs-pinnacle", 0.03, 0.15), Staking.Flat.ONE_UNIT).matches();
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            new BacktestEngine().run(read(files), Strategies.named("value-vs-pinnacle", 0.03, 0.15), Staking.Flat.ONE_UNIT);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / MEASURED;
        System.out.printf(Locale.ROOT, "read + replay (warm) %6.1f ms, %,10.0f matches/s%n", seconds * 1000, matches / seconds);
    }

    private static List<HistoricalMatch> read(List<Path> files) {
        List<HistoricalMatch> matches = new ArrayList<>();
        files.forEach(f -> matches.addAll(FootballDataFile.read(f).matches()));
        return matches;
    }

    private static void measure(List<HistoricalMatch> matches, String strategy, Staking staking) {
        BacktestEngine engine = new BacktestEngine();
        for (int i = 0; i < WARM_UP; i++) {
            engine.run(matches, Strategies.named(strategy, 0.03, 0.15), staking);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            engine.run(matches, Strategies.named(strategy, 0.03, 0.15), staking);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / MEASURED;
        System.out.printf(Locale.ROOT, "%-18s %-5s %6.1f ms a replay, %,10.0f matches/s%n",
                strategy, staking.name(), seconds * 1000, matches.size() / seconds);
    }

    private static void measureLines(List<HistoricalMatch> matches, Market market) {
        LineValueBacktest backtest = new LineValueBacktest(market, 0.03);
        for (int i = 0; i < WARM_UP; i++) {
            backtest.run(matches);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            backtest.run(matches);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / MEASURED;
        System.out.printf(Locale.ROOT, "%-18s %-5s %6.1f ms a replay, %,10.0f matches/s%n",
                "value-vs-pinnacle", market.code(), seconds * 1000, matches.size() / seconds);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
