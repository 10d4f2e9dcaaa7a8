package com.monps.core.agents;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * A price agent A flagged. {@code edge} is the rule's measure: price / market mean − 1 for {@link Rule#ABOVE_AVERAGE},
 * the expected value for {@link Rule#VALUE} (against the model for {@link Rule#MODEL_DISAGREEMENT});
 * {@code expectedValue} is always the expected profit per unit against the fair view ({@code price × fair p − 1} for
 * h2h; for a line, summed over its win, half-win, push, half-loss and loss). {@code marketMeans} are the mean prices
 * over the bookmakers quoting the market: home, draw and away (h2h, indexed by the outcome's ordinal), or the two sides
 * over/home and under/away (a line). {@code point} is null for h2h, else the line of the side backed (for spreads the
 * side's handicap: an away bet carries the negative of the home line).
 */
public record Finding(Match match, Market market, BigDecimal point, Outcome outcome, String bookmaker, BigDecimal price,
                      Rule rule, double edge, double expectedValue, double[] marketMeans, FairPrice fair, double confidence) {

    /** An h2h finding (agent A on 1X2 or a two-way sport's home/away market). */
    public Finding(Match match, Outcome outcome, String bookmaker, BigDecimal price, Rule rule, double edge,
                   double expectedValue, double[] marketMeans, FairMarket fair, double confidence) {
        this(match, Market.H2H, null, outcome, bookmaker, price, rule, edge, expectedValue, marketMeans,
                FairPrice.ofOutcome(fair, outcome, null), confidence);
    }

    public double marketMean() {
        return marketMeans[market == Market.H2H ? outcome.ordinal() : LineMarket.sideIndex(outcome)];
    }

    public double fairProbability() {
        return fair.probability();
    }

    /** The bet itself, whichever rule found it: B sizes each bet once. */
    public BetKey key() {
        return new BetKey(match.id(), market, point, outcome, bookmaker);
    }

    /** One bet: a match's market at a point (null for h2h), one side, one bookmaker. */
    public record BetKey(String matchId, Market market, BigDecimal point, Outcome outcome, String bookmaker) {
    }
}
