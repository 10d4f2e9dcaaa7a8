package com.monps.core.agents;

import com.monps.core.domain.Outcome;
import com.monps.core.odds.DevigMethod;
import com.monps.core.odds.FairProbabilities;

import java.util.Map;
import java.util.Optional;

/**
 * Fair probabilities of one match: Pinnacle's prices de-vigged multiplicatively where Pinnacle quotes the match, else
 * the mean over the bookmakers of each one's multiplicatively de-vigged probabilities. A two-way market (no draw
 * quoted: the draw price is NaN) is de-vigged over home and away, and its draw probability is NaN.
 *
 * @param probabilities home, draw, away; those quoted sum to 1
 * @param books         how many bookmakers quoted the match
 */
public record FairMarket(double[] probabilities, FairSource source, int books) {

    public static final String PINNACLE = "pinnacle";

    /**
     * @param prices each bookmaker's home, draw (NaN when not quoted) and away decimal prices, keyed by bookmaker
     * @return empty when no bookmaker quotes the match
     */
    public static Optional<FairMarket> of(Map<String, double[]> prices) {
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        double[] pinnacle = prices.get(PINNACLE);
        if (pinnacle != null) {
            return Optional.of(new FairMarket(devig(pinnacle), FairSource.PINNACLE, prices.size()));
        }
        double[] mean = new double[3];
        for (double[] book : prices.values()) {
            double[] fair = devig(book);
            for (int i = 0; i < 3; i++) {
                mean[i] += fair[i] / prices.size();
            }
        }
        return Optional.of(new FairMarket(mean, FairSource.CONSENSUS, prices.size()));
    }

    public static double[] devig(double[] homeDrawAway) {
        if (Double.isNaN(homeDrawAway[1])) {
            FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, homeDrawAway[0], homeDrawAway[2]);
            return new double[] {fair.probability(0), Double.NaN, fair.probability(1)};
        }
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, homeDrawAway);
        return new double[] {fair.probability(0), fair.probability(1), fair.probability(2)};
    }

    /**
     * The market's fair probabilities mixed with a model's: {@code (1 − weight) × market + weight × model}, outcome by
     * outcome (both sum to 1, so the mix does). The source and coverage stay the market's.
     */
    public FairMarket blendedWith(double[] model, double weight) {
        double[] mixed = new double[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (1 - weight) * probabilities[i] + weight * model[i];
        }
        return new FairMarket(mixed, source, books);
    }

    public double probability(Outcome outcome) {
        return probabilities[outcome.ordinal()];
    }
}
