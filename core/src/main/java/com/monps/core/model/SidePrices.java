package com.monps.core.model;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The fair decimal price of any side of any market from one score grid: 1X2 as 1 / p; a total or an Asian handicap at
 * its line through {@link LineProbabilities#fairOdds()}, so a quarter or whole line's half results and pushes count as
 * the settlement counts them (docs/markets.md). A spreads point is the handicap of the side backed: an away bet at
 * +0.25 is the home line −0.25 seen from the other side.
 */
public final class SidePrices {

    private SidePrices() {
    }

    /** Empty when the side is not one of the market's, the line is missing, or the grid gives the side no chance. */
    public static Optional<Double> fairOdds(ScoreGrid grid, Market market, Outcome outcome, BigDecimal point) {
        if (!market.outcomes().contains(outcome) || market.hasLine() == (point == null)) {
            return Optional.empty();
        }
        double odds = switch (market) {
            case H2H -> 1 / switch (outcome) {
                case HOME -> grid.homeWin();
                case DRAW -> grid.draw();
                default -> grid.awayWin();
            };
            case TOTALS -> {
                LineProbabilities over = grid.over(point.doubleValue());
                yield (outcome == Outcome.OVER ? over : over.opposite()).fairOdds();
            }
            case SPREADS -> outcome == Outcome.HOME
                    ? grid.asianHandicapHome(point.doubleValue()).fairOdds()
                    : grid.asianHandicapHome(-point.doubleValue()).opposite().fairOdds();
        };
        return Double.isFinite(odds) && odds > 1 ? Optional.of(odds) : Optional.empty();
    }
}
