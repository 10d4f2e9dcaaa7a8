package com.monps.core.history;

import com.monps.core.domain.Outcome;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One played (or scheduled) match of a history file: teams, kick-off, full-time score and the opening and closing
 * prices of each bookmaker that quoted all three outcomes, and the opening and closing line prices (over/under 2.5,
 * Asian handicap) where the file has them. {@code result} is null for a match without a score.
 *
 * @param openingAt when the opening prices are taken to have been collected (see {@link KickOffs#openingTime})
 */
public record HistoricalMatch(String id, League league, Instant kickOff, Instant openingAt, String homeTeam, String awayTeam,
                              Integer homeGoals, Integer awayGoals, Outcome result,
                              Map<Bookmaker, Prices> opening, Map<Bookmaker, Prices> closing,
                              Lines openingLines, Lines closingLines) {

    public HistoricalMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kickOff, "kick-off");
        opening = Map.copyOf(opening);
        closing = Map.copyOf(closing);
        openingLines = openingLines == null ? Lines.NONE : openingLines;
        closingLines = closingLines == null ? Lines.NONE : closingLines;
    }

    /** A match with 1X2 prices only. */
    public HistoricalMatch(String id, League league, Instant kickOff, Instant openingAt, String homeTeam, String awayTeam,
                           Integer homeGoals, Integer awayGoals, Outcome result,
                           Map<Bookmaker, Prices> opening, Map<Bookmaker, Prices> closing) {
        this(id, league, kickOff, openingAt, homeTeam, awayTeam, homeGoals, awayGoals, result, opening, closing,
                Lines.NONE, Lines.NONE);
    }

    public boolean played() {
        return result != null;
    }
}
