package com.monps.core.agents;

import com.monps.core.model.LineProbabilities;

import java.util.Map;

/**
 * Agent A's fair view of the side a finding backs, which B sizes and the scan stores.
 *
 * @param probability      the side's fair probability: de-vigged (and blended with the model when asked); for a line,
 *                         the de-vigged two-way probability, i.e. {@code 1 / fair odds}
 * @param settlement       how the bet settles with which probability (win, half-win, push, half-loss, loss); an h2h
 *                         outcome or a half line only wins or loses
 * @param source           where the market's price came from (Pinnacle at the same point, else the consensus)
 * @param books            bookmakers quoting the match (h2h) or the point (lines)
 * @param modelProbability agent E's probability of the side (a line: {@code 1 / the model's fair odds}), NaN when E
 *                         cannot price the match
 * @param modelOdds        agent E's fair odds of the side, NaN likewise
 * @param devigs           a line's fair probability of the side by each de-vig method the core offers (by its name;
 *                         a method that cannot price the pair is left out); empty for h2h
 */
public record FairPrice(double probability, LineProbabilities settlement, FairSource source, int books,
                        double modelProbability, double modelOdds, Map<String, Double> devigs) {

    public FairPrice {
        devigs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(devigs));
    }

    /** The h2h view of {@code outcome}: wins or loses with the fair probability. */
    static FairPrice ofOutcome(FairMarket fair, com.monps.core.domain.Outcome outcome, double[] model) {
        double p = fair.probability(outcome);
        double modelP = model == null ? Double.NaN : model[outcome.ordinal()];
        return new FairPrice(p, LineProbabilities.winOrLose(p), fair.source(), fair.books(), modelP, 1 / modelP, Map.of());
    }
}
