package com.monps.core.odds;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Margin-free ("fair", no-vig) probabilities of one market, in the order of the odds they came from.
 *
 * @param method        how the margin was removed
 * @param probabilities the fair probability of each outcome; they sum to 1
 * @param shinZ         Shin's estimated share of insider money z, present only for {@link DevigMethod#SHIN}
 */
public record FairProbabilities(DevigMethod method, List<Double> probabilities, OptionalDouble shinZ) {

    public FairProbabilities {
        Objects.requireNonNull(method, "method");
        probabilities = List.copyOf(probabilities);
        Objects.requireNonNull(shinZ, "shinZ");
    }

    /**
     * Removes the margin from the decimal odds of every outcome of one market (2-way or 1X2) with the given
     * method; the formulas are on the constants of {@link DevigMethod}.
     *
     * @throws IllegalArgumentException if fewer than two odds are given, any odds are not greater than 1,
     *                                  {@link DevigMethod#ADDITIVE} or {@link DevigMethod#MARGIN_WEIGHTED} would
     *                                  give an outcome a probability of 0 or less, or {@link DevigMethod#SHIN} gets a book sum below 1
     */
    public static FairProbabilities fromOdds(DevigMethod method, double... odds) {
        double[] implied = Overround.impliedProbabilities(odds);
        return switch (method) {
            case MULTIPLICATIVE -> withoutShinZ(method, multiplicative(implied));
            case ADDITIVE -> withoutShinZ(method, additive(implied, odds));
            case POWER -> withoutShinZ(method, power(implied));
            case ODDS_RATIO -> withoutShinZ(method, oddsRatio(implied));
            case LOGARITHMIC -> withoutShinZ(method, logarithmic(implied));
            case MARGIN_WEIGHTED -> withoutShinZ(method, marginWeighted(implied, odds));
            case SHIN -> {
                double z = ShinDevig.insiderShare(implied);
                yield new FairProbabilities(method, asList(ShinDevig.probabilities(implied, z)), OptionalDouble.of(z));
            }
        };
    }

    /** The fair probability of the outcome at {@code index}, in the order of the odds given to {@link #fromOdds}. */
    public double probability(int index) {
        return probabilities.get(index);
    }

    private static FairProbabilities withoutShinZ(DevigMethod method, double[] probabilities) {
        return new FairProbabilities(method, asList(probabilities), OptionalDouble.empty());
    }

    private static double[] multiplicative(double[] implied) {
        double bookSum = Arrays.stream(implied).sum();
        return Arrays.stream(implied).map(pi -> pi / bookSum).toArray();
    }

    private static double[] additive(double[] implied, double[] odds) {
        double share = (Arrays.stream(implied).sum() - 1.0) / implied.length;
        double[] fair = Arrays.stream(implied).map(pi -> pi - share).toArray();
        for (int i = 0; i < fair.length; i++) {
            if (fair[i] <= 0) {
                throw new IllegalArgumentException("additive de-vig gives odds " + odds[i] + " a probability of "
                        + fair[i] + "; use MULTIPLICATIVE, POWER or SHIN for markets with such longshots");
            }
        }
        return fair;
    }

    /** Σ π_i^k falls from n at k = 0 towards 0 as k grows (every π_i < 1), so one root k > 0 exists. */
    private static double[] power(double[] implied) {
        double high = 1.0;
        while (sumOfPowers(implied, high) > 1.0) {
            high *= 2;
        }
        double k = Bisection.rootOfDecreasing(exponent -> sumOfPowers(implied, exponent) - 1.0, 0.0, high);
        return Arrays.stream(implied).map(pi -> Math.pow(pi, k)).toArray();
    }

    private static double sumOfPowers(double[] implied, double exponent) {
        return Arrays.stream(implied).map(pi -> Math.pow(pi, exponent)).sum();
    }

    /** Σ p_i falls from n at c = 0 towards 0 as c grows (every π_i < 1), so one root c > 0 exists. */
    private static double[] oddsRatio(double[] implied) {
        double high = 1.0;
        while (Arrays.stream(oddsRatioProbabilities(implied, high)).sum() > 1.0) {
            high *= 2;
        }
        double c = Bisection.rootOfDecreasing(ratio -> Arrays.stream(oddsRatioProbabilities(implied, ratio)).sum() - 1.0, 0.0, high);
        return oddsRatioProbabilities(implied, c);
    }

    private static double[] oddsRatioProbabilities(double[] implied, double c) {
        return Arrays.stream(implied).map(pi -> pi / (c + pi - c * pi)).toArray();
    }

    /** Σ sigmoid(logit π_i − s) falls from n to 0 as s runs over the reals: the root is bracketed by doubling. */
    private static double[] logarithmic(double[] implied) {
        double[] logOdds = Arrays.stream(implied).map(pi -> Math.log(pi / (1 - pi))).toArray();
        double low = -1.0;
        while (Arrays.stream(shifted(logOdds, low)).sum() < 1.0) {
            low *= 2;
        }
        double high = 1.0;
        while (Arrays.stream(shifted(logOdds, high)).sum() > 1.0) {
            high *= 2;
        }
        double s = Bisection.rootOfDecreasing(shift -> Arrays.stream(shifted(logOdds, shift)).sum() - 1.0, low, high);
        return shifted(logOdds, s);
    }

    private static double[] shifted(double[] logOdds, double shift) {
        return Arrays.stream(logOdds).map(x -> 1 / (1 + Math.exp(shift - x))).toArray();
    }

    private static double[] marginWeighted(double[] implied, double[] odds) {
        int n = odds.length;
        double margin = Arrays.stream(implied).sum() - 1.0;
        double[] fair = new double[n];
        for (int i = 0; i < n; i++) {
            double weightedDenominator = n - margin * odds[i];
            if (weightedDenominator <= 0) {
                throw new IllegalArgumentException("margin weighting gives odds " + odds[i] + " no positive fair odds "
                        + "(margin " + margin + "); use MULTIPLICATIVE, POWER or SHIN for markets with such longshots");
            }
            fair[i] = weightedDenominator / (n * odds[i]);
        }
        return fair;
    }

    private static List<Double> asList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
