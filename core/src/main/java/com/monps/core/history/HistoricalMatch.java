package com.monps.core.history;

import com.monps.core.domain.Outcome;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One played (or scheduled) match of a history file: teams, kick-off, full-time score and the opening and closing
 * prices of each bookmaker that quoted all three outcomes. {@code result} is null for a match without a score.
 *
 * @param openingAt when the opening prices are taken to have been collected (see {@link KickOffs#openingTime})
 */
public record HistoricalMatch(String id, League league, Instant kickOff, Instant openingAt, String homeTeam, String awayTeam,
                              Integer homeGoals, Integer awayGoals, Outcome result,
                              Map<Bookmaker, Prices> opening, Map<Bookmaker, Prices> closing) {

    public HistoricalMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kickOff, "kick-off");
        opening = Map.copyOf(opening);
        closing = Map.copyOf(closing);
    }

    public boolean played() {
        return result != null;
    }
}
