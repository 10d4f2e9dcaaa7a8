package com.monps.core.model;

/**
 * The mean proper scores of one source's 1X2 forecasts (home, draw, away) over the matches scored: ranked probability
 * score {@code ½ [(p_H − o_H)² + (p_H + p_D − o_H − o_D)²]}, log loss {@code −ln p(result)} and Brier
 * {@code Σ (p_i − o_i)²}. Lower is better for all three.
 */
public record ForecastScore(String source, int matches, double rps, double logLoss, double brier) {

    /** Sums the scores of forecasts one match at a time. */
    static final class Accumulator {

        private final String source;
        private int matches;
        private double rps;
        private double logLoss;
        private double brier;

        Accumulator(String source) {
            this.source = source;
        }

        /** @param result 0 home, 1 draw, 2 away */
        void add(double[] homeDrawAway, int result) {
            double[] observed = new double[3];
            observed[result] = 1;
            double first = homeDrawAway[0] - observed[0];
            double second = first + homeDrawAway[1] - observed[1];
            rps += (first * first + second * second) / 2;
            logLoss -= Math.log(homeDrawAway[result]);
            for (int i = 0; i < 3; i++) {
                brier += (homeDrawAway[i] - observed[i]) * (homeDrawAway[i] - observed[i]);
            }
            matches++;
        }

        ForecastScore score() {
            return matches == 0 ? new ForecastScore(source, 0, Double.NaN, Double.NaN, Double.NaN)
                    : new ForecastScore(source, matches, rps / matches, logLoss / matches, brier / matches);
        }
    }
}
