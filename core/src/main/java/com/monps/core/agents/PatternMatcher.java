package com.monps.core.agents;

import com.monps.core.domain.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * Agent C: learns from played matches how each {@link PatternGroup} would have paid (one unit on every member at the
 * market's mean price) and answers, for a new price, the verdict of its group: the league's own group when it holds at
 * least {@code minimumSample} bets, else the all-leagues group, else nothing (too few matches to say anything).
 */
public final class PatternMatcher {

    public static final int DEFAULT_MINIMUM_SAMPLE = 100;
    public static final double DEFAULT_SIGNIFICANCE = 0.05;

    private final GroupReturns<PatternGroup> returns;

    private PatternMatcher(GroupReturns<PatternGroup> returns) {
        this.returns = returns;
    }

    public static PatternMatcher learn(List<PatternSample> history, int minimumSample, double significance) {
        GroupReturns<PatternGroup> returns = new GroupReturns<>(minimumSample, significance);
        for (PatternSample sample : history) {
            for (Outcome outcome : Outcome.RESULTS) {
                double unitReturn = sample.result() == outcome ? sample.prices()[outcome.ordinal()] - 1 : -1;
                for (String league : List.of(sample.league(), PatternGroup.ALL_LEAGUES)) {
                    returns.add(PatternGroup.of(league, outcome, sample.prices()), unitReturn);
                }
            }
        }
        return new PatternMatcher(returns);
    }

    /** The verdict for a price in a 1X2 market; none for a two-way market (draw NaN): C learns from 1X2 history only. */
    public Optional<PatternVerdict> verdict(String league, Outcome outcome, double[] prices) {
        if (Double.isNaN(prices[Outcome.DRAW.ordinal()])) {
            return Optional.empty();
        }
        return verdictOf(PatternGroup.of(league, outcome, prices))
                .or(() -> verdictOf(PatternGroup.of(PatternGroup.ALL_LEAGUES, outcome, prices)));
    }

    private Optional<PatternVerdict> verdictOf(PatternGroup group) {
        return returns.verdict(group);
    }
}
