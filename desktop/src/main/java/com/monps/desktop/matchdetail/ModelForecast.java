package com.monps.desktop.matchdetail;

import com.monps.core.agents.GoalModelBook;
import com.monps.core.agents.MarketReader;
import com.monps.core.domain.Match;
import com.monps.core.model.PlayedMatch;
import com.monps.core.model.ScoreGrid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Agent E's goal model of a match as it stood at kick-off: Dixon-Coles fitted on the league's matches played before the
 * kick-off (as a scan at that moment would fit it), and the match's score grid, every market's price read from it. When
 * there is no grid, {@code reason} says why, as an interface text key with its argument.
 */
record ModelForecast(ScoreGrid grid, int matchesFitted, String reason, Object argument) {

    static ModelForecast of(MarketReader reader, Match match) {
        List<PlayedMatch> played = reader.scoresBefore(match.commenceTime(), match.sportKey());
        if (played.size() < GoalModelBook.MINIMUM_MATCHES) {
            return new ModelForecast(null, played.size(), "match.model.tooFew", played.size());
        }
        return GoalModelBook.fit(Map.of(match.sportKey(), played)).grid(match)
                .map(grid -> new ModelForecast(grid, played.size(), null, null))
                .orElseGet(() -> unknownTeam(played, match)
                        .map(team -> new ModelForecast(null, played.size(), "match.model.unknownTeam", team))
                        .orElseGet(() -> new ModelForecast(null, played.size(), "match.model.noFit", played.size())));
    }

    private static Optional<String> unknownTeam(List<PlayedMatch> played, Match match) {
        return Stream.of(match.homeTeam(), match.awayTeam())
                .filter(team -> played.stream().noneMatch(m -> m.homeTeam().equals(team) || m.awayTeam().equals(team)))
                .findFirst();
    }
}
