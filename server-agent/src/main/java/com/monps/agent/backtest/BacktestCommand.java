package com.monps.agent.backtest;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.core.backtest.BacktestEngine;
import com.monps.core.backtest.BacktestReport;
import com.monps.core.backtest.DatabaseHistory;
import com.monps.core.backtest.EquityPoint;
import com.monps.core.backtest.LineBacktestReport;
import com.monps.core.backtest.LineValueBacktest;
import com.monps.core.backtest.Staking;
import com.monps.core.backtest.Strategies;
import com.monps.core.backtest.ValueVsPinnacle;
import com.monps.core.domain.Market;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.ParsedFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code backtest --csv FILE... | --db [--market h2h|totals|spreads]}: replays a strategy over history and prints the
 * report (one JSON object with --json).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replays a betting strategy over historical odds with no look-ahead and reports ROI, CLV, drawdown and a p-value.")
public final class BacktestCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--strategy", defaultValue = "value-vs-pinnacle",
            description = "value-vs-pinnacle or above-average (default ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--edge", defaultValue = "0.03", description = "value-vs-pinnacle: minimum EV (default ${DEFAULT-VALUE}).")
    double edge;

    @Option(names = "--threshold", defaultValue = "0.15",
            description = "above-average: how far above the market mean (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--staking", defaultValue = "flat", description = "flat (1 unit) or kelly (quarter Kelly, 5 %% cap, bankroll 100).")
    String staking;

    @Option(names = "--market", defaultValue = "h2h",
            description = "h2h, totals (over/under 2.5) or spreads (Asian handicap at AHh); totals and spreads: value-vs-pinnacle, flat (default ${DEFAULT-VALUE}).")
    String market;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--equity", paramLabel = "FILE", description = "Write the equity curve as CSV.")
    Path equity;

    @Spec
    CommandSpec spec;

    private final Supplier<AgentContext> context;

    public BacktestCommand() {
        this(() -> new AgentContext(AgentConfig.fromEnvironment()));
    }

    BacktestCommand(Supplier<AgentContext> context) {
        this.context = context;
    }

    static final class Source {
        @Option(names = "--csv", paramLabel = "FILE", required = true, description = "football-data.co.uk file (repeatable).")
        List<Path> csv;

        @Option(names = "--db", required = true, description = "Replay the played matches the database holds.")
        boolean db;
    }

    @Override
    public Integer call() throws IOException {
        Market chosenMarket = market();
        if (chosenMarket.hasLine()) {
            return lineBacktest(chosenMarket);
        }
        Staking chosen = switch (staking) {
            case "flat" -> Staking.Flat.ONE_UNIT;
            case "kelly" -> Staking.FractionalKelly.QUARTER;
            default -> throw new ParameterException(spec.commandLine(), "--staking must be flat or kelly, got '" + staking + "'");
        };
        var rule = Strategies.named(strategy, edge, threshold);
        BacktestReport report = new BacktestEngine().run(history(), rule, chosen);
        if (equity != null) {
            writeEquity(report.equity());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? BacktestJson.of(report, parameters()) : BacktestText.of(report));
        out.flush();
        return 0;
    }

    private Market market() {
        try {
            return Market.fromCode(market);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--market: " + e.getMessage());
        }
    }

    private int lineBacktest(Market lineMarket) {
        if (!ValueVsPinnacle.NAME.equals(strategy) || !"flat".equals(staking) || equity != null) {
            throw new ParameterException(spec.commandLine(), "--market " + lineMarket.code()
                    + " backtests value-vs-pinnacle, one unit flat (no --equity)");
        }
        LineBacktestReport report = new LineValueBacktest(lineMarket, edge).run(history());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? LineBacktestOutput.json(report, parameters()) : LineBacktestOutput.text(report));
        out.flush();
        return 0;
    }

    private List<HistoricalMatch> history() {
        if (source.db) {
            try (AgentContext agent = context.get()) {
                return new DatabaseHistory(agent.database().dsl()).playedMatches();
            }
        }
        List<HistoricalMatch> matches = new ArrayList<>();
        for (Path file : source.csv) {
            ParsedFile parsed = FootballDataFile.read(file);
            parsed.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
            matches.addAll(parsed.matches());
        }
        return matches;
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("source", source.db ? "db" : source.csv.stream().map(p -> p.getFileName().toString()).toList());
        parameters.put(strategy.equals("above-average") ? "threshold" : "edge", strategy.equals("above-average") ? threshold : edge);
        return parameters;
    }

    private void writeEquity(List<EquityPoint> points) throws IOException {
        List<String> lines = new ArrayList<>(points.size() + 1);
        lines.add("bet,kick_off,cumulative_profit");
        points.forEach(p -> lines.add(p.bet() + "," + p.at() + "," + p.cumulativeProfit().toPlainString()));
        Files.write(equity, lines);
    }
}
