package com.monps.agent.model;

import com.monps.agent.AgentContext;
import com.monps.core.backtest.DatabaseHistory;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.ParsedFile;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Where the model commands read their played matches: football-data.co.uk files, or one league of the database. */
final class MatchSource {

    @Option(names = "--csv", paramLabel = "FILE", required = true, description = "football-data.co.uk file (repeatable).")
    List<Path> csv;

    @Option(names = "--league", paramLabel = "LEAGUE", required = true,
            description = "The played matches the database holds for this league (name or sport key, e.g. soccer_epl).")
    String league;

    /** The matches of each file in its order (one list per file), or the league's matches as one list. */
    List<List<HistoricalMatch>> seasons(Supplier<AgentContext> context, PrintWriter err) {
        if (league != null) {
            try (AgentContext agent = context.get()) {
                List<HistoricalMatch> matches = new DatabaseHistory(agent.database().dsl()).playedMatches().stream()
                        .filter(m -> league.equals(m.league().division()) || league.equals(m.league().sportKey()))
                        .toList();
                if (matches.isEmpty()) {
                    throw new IllegalArgumentException("--league " + league + ": the database holds no played match of it");
                }
                return List.of(matches);
            }
        }
        List<List<HistoricalMatch>> seasons = new ArrayList<>();
        for (Path file : csv) {
            ParsedFile parsed = FootballDataFile.read(file);
            parsed.problems().forEach(p -> err.println("skipped " + p));
            seasons.add(parsed.matches());
        }
        return seasons;
    }

    List<HistoricalMatch> matches(Supplier<AgentContext> context, PrintWriter err) {
        return seasons(context, err).stream().flatMap(List::stream).toList();
    }
}
