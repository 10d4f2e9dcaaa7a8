package com.monps.core.backtest;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.KickOffs;
import com.monps.core.history.League;
import com.monps.core.history.Prices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Hand-built matches for the backtest tests. */
final class Histories {

    private Histories() {
    }

    static Prices prices(String home, String draw, String away) {
        return new Prices(new BigDecimal(home), new BigDecimal(draw), new BigDecimal(away));
    }

    static HistoricalMatch match(String id, String kickOff, Outcome result, Map<Bookmaker, Prices> opening,
                                 Map<Bookmaker, Prices> closing) {
        Instant at = Instant.parse(kickOff);
        int home = result == Outcome.HOME ? 2 : result == Outcome.DRAW ? 1 : 0;
        int away = result == Outcome.AWAY ? 2 : result == Outcome.DRAW ? 1 : 0;
        return new HistoricalMatch(id, League.of("E0"), at, KickOffs.openingTime(at), "Home " + id, "Away " + id,
                home, away, result, opening, closing);
    }
}
