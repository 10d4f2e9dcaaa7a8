package com.monps.core.agents;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.odds.LineSettlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Agent C on goal totals and Asian handicaps: learns from the closing lines of played matches how each
 * {@link LinePatternGroup} would have paid, backing both sides of every line quoted at the close with one unit at the
 * bookmakers' mean closing price there, settled by the line rules (half results and pushes included,
 * {@link LineSettlement}). A new line bet gets the verdict of its league's group when that group holds at least
 * {@code minimumSample} bets, else of the all-leagues group, else none.
 */
public final class LinePatternMatcher {

    /** Settled on a 100-unit stake, so the cent rounding of the settlement is 10^-4 of a unit. */
    private static final BigDecimal STAKE = BigDecimal.valueOf(100).setScale(2);

    private final GroupReturns<LinePatternGroup> returns;

    private LinePatternMatcher(GroupReturns<LinePatternGroup> returns) {
        this.returns = returns;
    }

    public static LinePatternMatcher learn(List<LinePatternSample> history, int minimumSample, double significance) {
        GroupReturns<LinePatternGroup> returns = new GroupReturns<>(minimumSample, significance);
        for (LinePatternSample sample : history) {
            for (Outcome side : sample.market().outcomes()) {
                boolean first = LineMarket.sideIndex(side) == 0;
                BigDecimal sidePoint = sample.market() == Market.SPREADS && !first ? sample.point().negate() : sample.point();
                double price = first ? sample.overHome() : sample.underAway();
                BigDecimal odds = BigDecimal.valueOf(price).setScale(3, RoundingMode.HALF_UP);
                double unitReturn = LineSettlement.settle(sample.market(), side, sidePoint, STAKE, odds, sample.homeGoals(),
                        sample.awayGoals()).profit().doubleValue() / STAKE.doubleValue();
                for (String league : List.of(sample.league(), PatternGroup.ALL_LEAGUES)) {
                    returns.add(LinePatternGroup.of(league, sample.market(), side, sidePoint), unitReturn);
                }
            }
        }
        return new LinePatternMatcher(returns);
    }

    /** @param sidePoint the line of the side backed (for spreads its own handicap) */
    public Optional<PatternVerdict> verdict(String league, Market market, Outcome side, BigDecimal sidePoint) {
        return returns.verdict(LinePatternGroup.of(league, market, side, sidePoint))
                .or(() -> returns.verdict(LinePatternGroup.of(PatternGroup.ALL_LEAGUES, market, side, sidePoint)));
    }
}
