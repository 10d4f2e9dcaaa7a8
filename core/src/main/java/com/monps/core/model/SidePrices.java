package com.monps.core.model;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * The goal model's price of one side of any market Mon_PS bets on, read from one score grid: 1X2 (a win or a loss),
 * over or under a goal line, and either side of an Asian handicap, with a quarter line's half results.
 */
public final class SidePrices {

    private SidePrices() {
    }

    /**
     * @param point the goal line (totals), the handicap of the side backed (spreads, as a bet carries it: an away bet
     *              at +0.25 is the home line −0.25), or null (h2h)
     * @throws IllegalArgumentException if the side is not one of the market's, or the point is missing or off the 0.25 grid
     */
    public static LineProbabilities of(ScoreGrid grid, Market market, Outcome side, BigDecimal point) {
        if (!market.outcomes().contains(side)) {
            throw new IllegalArgumentException(market.code() + " has no side " + side);
        }
        if (market.hasLine() && point == null) {
            throw new IllegalArgumentException(market.code() + " is priced at a point");
        }
        return switch (market) {
            case H2H -> result(side == Outcome.HOME ? grid.homeWin() : side == Outcome.DRAW ? grid.draw() : grid.awayWin());
            case TOTALS -> side == Outcome.OVER ? grid.over(point.doubleValue()) : grid.over(point.doubleValue()).opposite();
            case SPREADS -> side == Outcome.HOME ? grid.asianHandicapHome(point.doubleValue())
                    : grid.asianHandicapHome(-point.doubleValue()).opposite();
        };
    }

    private static LineProbabilities result(double win) {
        return new LineProbabilities(win, 0, 0, 0, 1 - win);
    }
}
