package com.monps.core.agents;

import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One line of an upcoming match as the agents see it: a totals goal line or a spreads home handicap ({@code point}, as
 * stored in {@code odds_lines}) with each bookmaker's two prices in its latest collection of that market before the
 * scan's moment. Bookmakers iterate in name order, so that a scan finds and stores them in the same order on every run.
 */
public record LineMarket(Match match, Market market, BigDecimal point, SortedMap<String, LinePrice> quotes) {

    public LineMarket {
        if (!market.hasLine()) {
            throw new IllegalArgumentException("a line market is totals or spreads, not " + market.code());
        }
        quotes = Collections.unmodifiableSortedMap(new TreeMap<>(quotes));
    }

    /** 0 for over and home (the row's first price), 1 for under and away. */
    public static int sideIndex(Outcome side) {
        return switch (side) {
            case OVER, HOME -> 0;
            case UNDER, AWAY -> 1;
            case DRAW -> throw new IllegalArgumentException("a line has no draw");
        };
    }

    /** The line of the side backed, as on a bet: the goal line, or the side's handicap (away: the home line's negative). */
    public BigDecimal sidePoint(Outcome side) {
        return market == Market.SPREADS && side == Outcome.AWAY ? point.negate() : point;
    }

    public BigDecimal price(LinePrice quote, Outcome side) {
        return sideIndex(side) == 0 ? quote.overHome() : quote.underAway();
    }

    /** Over/home and under/away prices by bookmaker. */
    public Map<String, double[]> pricesByBookmaker() {
        Map<String, double[]> prices = new LinkedHashMap<>();
        quotes.forEach((bookmaker, q) -> prices.put(bookmaker, new double[] {q.overHome().doubleValue(), q.underAway().doubleValue()}));
        return prices;
    }
}
