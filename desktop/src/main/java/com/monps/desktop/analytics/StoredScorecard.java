package com.monps.desktop.analytics;

import com.monps.core.backtest.DatabaseHistory;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.model.Scorecard;
import com.monps.core.model.WalkForward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goal model's walk-forward scorecard over the played matches the database holds, one walk per league over all
 * its stored seasons (what {@code model evaluate --league} does for one league): the ratings carry over from one
 * season to the next with the time decay, as agent E's do, and only each league's first weeks train. The walk costs
 * seconds, so the answer is kept and redone only when {@link DatabaseHistory#version()} moves (a result arrived).
 */
final class StoredScorecard {

    /** What the analytics page shows: the scorecard, and how many played matches and leagues it was computed over. */
    record Figures(Scorecard scorecard, long playedMatches, int leagues) {

        /** Below this many forecast matches a scorecard says nothing (the page shows its empty state). */
        static final int MINIMUM_SCORED = 100;

        boolean enough() {
            return scorecard.matchesScored() >= MINIMUM_SCORED;
        }
    }

    private final DatabaseHistory history;
    private DatabaseHistory.Version computedFor;
    private Figures figures;

    StoredScorecard(DatabaseHistory history) {
        this.history = history;
    }

    /** The kept scorecard, or a new one when the played matches changed since. */
    synchronized Figures current() {
        DatabaseHistory.Version version = history.version();
        if (!version.equals(computedFor)) {
            List<List<HistoricalMatch>> leagues = byLeague(history.playedMatches());
            figures = new Figures(WalkForward.evaluate(leagues, WalkForward.Options.DEFAULT), version.playedMatches(), leagues.size());
            computedFor = version;
        }
        return figures;
    }

    static List<List<HistoricalMatch>> byLeague(List<HistoricalMatch> matches) {
        Map<String, List<HistoricalMatch>> leagues = new LinkedHashMap<>();
        matches.forEach(m -> leagues.computeIfAbsent(m.league().sportKey(), key -> new ArrayList<>()).add(m));
        return List.copyOf(leagues.values());
    }
}
