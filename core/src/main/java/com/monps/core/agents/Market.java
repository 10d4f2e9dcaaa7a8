package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.domain.MatchOdds;
import com.monps.core.domain.Outcome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An upcoming match with each bookmaker's latest prices before the scan's time and before kick-off. A market is 1X2
 * when any bookmaker quotes a draw (then a bookmaker quoting none is left out: its line is incomplete), else two-way
 * (tennis, basketball, American sports). Bookmakers iterate in name order, so that the agents find, and the scan
 * stores, a market's prices in the same order on every run.
 */
public record Market(Match match, Map<String, MatchOdds> latest) {

    private static final List<Outcome> ONE_X_TWO = List.of(Outcome.HOME, Outcome.DRAW, Outcome.AWAY);
    private static final List<Outcome> TWO_WAY = List.of(Outcome.HOME, Outcome.AWAY);

    public Market {
        boolean withDraw = latest.values().stream().anyMatch(MatchOdds::hasDraw);
        boolean allComplete = latest.values().stream().allMatch(prices -> prices.hasDraw() == withDraw);
        SortedMap<String, MatchOdds> complete;
        if (allComplete && latest instanceof SortedMap<String, MatchOdds> sorted && sorted.comparator() == null) {
            complete = new TreeMap<>(sorted); // copied in linear time: a full scan builds 5 000 of these
        } else {
            complete = new TreeMap<>();
            latest.forEach((bookmaker, prices) -> {
                if (prices.hasDraw() == withDraw) {
                    complete.put(bookmaker, prices);
                }
            });
        }
        latest = Collections.unmodifiableSortedMap(complete);
    }

    public boolean twoWay() {
        return latest.values().stream().noneMatch(MatchOdds::hasDraw);
    }

    /** The outcomes a bet can take: home, draw and away, or home and away. */
    public List<Outcome> outcomes() {
        return twoWay() ? TWO_WAY : ONE_X_TWO;
    }

    /** Home, draw and away prices by bookmaker, as {@link FairMarket#of} takes them; the draw is NaN in a two-way market. */
    public Map<String, double[]> pricesByBookmaker() {
        Map<String, double[]> prices = new LinkedHashMap<>();
        latest.forEach((bookmaker, s) -> prices.put(bookmaker,
                new double[] {s.home().doubleValue(), s.hasDraw() ? s.draw().doubleValue() : Double.NaN, s.away().doubleValue()}));
        return prices;
    }
}
