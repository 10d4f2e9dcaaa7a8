package com.monps.core.backtest;

import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.League;
import com.monps.core.history.Prices;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a strategy may see of a match when it decides: teams, league, kick-off and the opening prices. Results and
 * closing prices are not in it, so a strategy cannot look ahead.
 */
public record PreMatch(String id, League league, Instant kickOff, String homeTeam, String awayTeam,
                       Map<Bookmaker, Prices> opening) {

    public PreMatch {
        opening = Map.copyOf(opening);
    }

    static PreMatch of(HistoricalMatch match) {
        return new PreMatch(match.id(), match.league(), match.kickOff(), match.homeTeam(), match.awayTeam(), match.opening());
    }

    /** The opening prices keyed by bookmaker key, as {@link com.monps.core.agents.FairMarket} takes them. */
    public Map<String, double[]> pricesByKey() {
        Map<String, double[]> prices = new LinkedHashMap<>();
        opening.forEach((bookmaker, p) -> prices.put(bookmaker.key(), p.asArray()));
        return prices;
    }
}
