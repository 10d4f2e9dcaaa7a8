package com.monps.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One bin of the model's calibration table: of the outcome probabilities it gave in {@code [from, to)} (every outcome
 * of every scored match), how many there were, their mean and how often the outcome happened.
 */
public record CalibrationBin(double from, double to, int count, double meanPredicted, double observed) {

    static final int BINS = 10;

    /** Ten bins of width 0.1. */
    static final class Accumulator {

        private final int[] counts = new int[BINS];
        private final double[] predicted = new double[BINS];
        private final int[] hits = new int[BINS];

        void add(double[] homeDrawAway, int result) {
            for (int i = 0; i < homeDrawAway.length; i++) {
                int bin = Math.min(BINS - 1, (int) (homeDrawAway[i] * BINS));
                counts[bin]++;
                predicted[bin] += homeDrawAway[i];
                hits[bin] += i == result ? 1 : 0;
            }
        }

        List<CalibrationBin> bins() {
            List<CalibrationBin> bins = new ArrayList<>();
            for (int b = 0; b < BINS; b++) {
                int n = counts[b];
                bins.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, n,
                        n == 0 ? Double.NaN : predicted[b] / n, n == 0 ? Double.NaN : hits[b] / (double) n));
            }
            return bins;
        }
    }
}
