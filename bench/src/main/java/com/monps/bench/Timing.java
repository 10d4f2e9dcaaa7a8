package com.monps.bench;

import java.util.Arrays;

/** Wall-clock timing and order statistics; figures are in milliseconds. */
public final class Timing {

    private Timing() {
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public static double millis(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The p-th percentile (0-100) by the nearest-rank method. */
    public static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double median(double[] samples) {
        return percentile(samples, 50);
    }
}
