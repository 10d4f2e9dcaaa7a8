package com.monps.core.agents;

import com.monps.core.domain.Outcome;
import com.monps.core.odds.DevigMethod;
import com.monps.core.odds.FairProbabilities;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fair two-way probabilities at one point of a line market: Pinnacle's two prices at that point de-vigged where
 * Pinnacle quotes it, else the mean over the bookmakers quoting the point of each one's de-vigged probabilities (as
 * {@link FairMarket} does for 1X2). Every de-vig method of the core is computed: {@link DevigMethod#MULTIPLICATIVE} is
 * the one EV and Kelly use (as for 1X2 and the CLV job); the others are reported beside it. A method that cannot price a
 * pair (additive or margin weighting on a longshot) is left out of the report.
 *
 * @param byMethod the over/home side's fair probability per method
 * @param books    bookmakers quoting the point
 */
public record FairLine(Map<DevigMethod, Double> byMethod, FairSource source, int books) {

    static final DevigMethod USED = DevigMethod.MULTIPLICATIVE;

    public FairLine {
        byMethod = Map.copyOf(byMethod);
    }

    /** @param prices over/home and under/away prices by bookmaker, all at the same point */
    public static Optional<FairLine> of(Map<String, double[]> prices) {
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        double[] pinnacle = prices.get(FairMarket.PINNACLE);
        if (pinnacle != null) {
            return Optional.of(new FairLine(devig(pinnacle), FairSource.PINNACLE, prices.size()));
        }
        Map<DevigMethod, Double> mean = new EnumMap<>(DevigMethod.class);
        Map<DevigMethod, Integer> priced = new EnumMap<>(DevigMethod.class);
        for (double[] pair : prices.values()) {
            devig(pair).forEach((method, p) -> {
                mean.merge(method, p, Double::sum);
                priced.merge(method, 1, Integer::sum);
            });
        }
        // a method that failed on one bookmaker's pair has no consensus (a mean over the others would be another basis)
        mean.keySet().removeIf(method -> priced.get(method) < prices.size());
        mean.replaceAll((method, sum) -> sum / prices.size());
        return Optional.of(new FairLine(mean, FairSource.CONSENSUS, prices.size()));
    }

    private static Map<DevigMethod, Double> devig(double[] pair) {
        Map<DevigMethod, Double> byMethod = new EnumMap<>(DevigMethod.class);
        for (DevigMethod method : DevigMethod.values()) {
            try {
                byMethod.put(method, FairProbabilities.fromOdds(method, pair[0], pair[1]).probability(0));
            } catch (IllegalArgumentException e) {
                // this method cannot price the pair: reported as absent
            }
        }
        return byMethod;
    }

    /** The side's fair probability by the method EV and Kelly use. */
    public double probability(Outcome side) {
        double first = byMethod.get(USED);
        return LineMarket.sideIndex(side) == 0 ? first : 1 - first;
    }

    /** The side's fair probability by every method that priced it, by lower-case method name. */
    public Map<String, Double> bySideAndMethod(Outcome side) {
        Map<String, Double> report = new LinkedHashMap<>();
        for (DevigMethod method : DevigMethod.values()) {
            Double first = byMethod.get(method);
            if (first != null) {
                report.put(method.name().toLowerCase(Locale.ROOT), LineMarket.sideIndex(side) == 0 ? first : 1 - first);
            }
        }
        return report;
    }
}
