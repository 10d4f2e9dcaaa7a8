package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * A price agent A flagged. {@code edge} is the rule's measure: price / market mean − 1 for {@link Rule#ABOVE_AVERAGE},
 * the expected value for {@link Rule#VALUE}; {@code expectedValue} is always {@code price × fair probability − 1};
 * {@code marketMeans} are the mean home, draw and away prices over the bookmakers quoting the match.
 */
public record Finding(Match match, Outcome outcome, String bookmaker, BigDecimal price, Rule rule, double edge,
                      double expectedValue, double[] marketMeans, FairMarket fair, double confidence) {

    public double marketMean() {
        return marketMeans[outcome.ordinal()];
    }

    public double fairProbability() {
        return fair.probability(outcome);
    }

    /** The bet itself, whichever rule found it: B sizes each bet once. */
    public BetKey key() {
        return new BetKey(match.id(), outcome, bookmaker);
    }

    public record BetKey(String matchId, Outcome outcome, String bookmaker) {
    }
}
