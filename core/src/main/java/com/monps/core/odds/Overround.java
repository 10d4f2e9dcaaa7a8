package com.monps.core.odds;

import java.util.Arrays;

/** Implied probabilities of decimal odds and the bookmaker's overround (book sum) and margin. */
public final class Overround {

    private Overround() {
    }

    /**
     * Implied probability of one decimal price: {@code π = 1 / odds}.
     *
     * @throws IllegalArgumentException if {@code odds} is not a finite number greater than 1
     */
    public static double impliedProbability(double odds) {
        return 1.0 / Checks.requireOdds(odds);
    }

    /**
     * Implied probabilities of every outcome of one market: {@code π_i = 1 / odds_i}, in the given order.
     *
     * @throws IllegalArgumentException if fewer than two prices are given or any price is not greater than 1
     */
    public static double[] impliedProbabilities(double... odds) {
        if (odds.length < 2) {
            throw new IllegalArgumentException("a market needs at least 2 outcomes, got " + Arrays.toString(odds));
        }
        return Arrays.stream(odds).map(Overround::impliedProbability).toArray();
    }

    /**
     * Overround, or book sum: {@code Σ 1 / odds_i} (1.05 means a 105 % book).
     *
     * @throws IllegalArgumentException if fewer than two prices are given or any price is not greater than 1
     */
    public static double bookSum(double... odds) {
        return Arrays.stream(impliedProbabilities(odds)).sum();
    }

    /**
     * Bookmaker margin: {@code Σ 1 / odds_i − 1} (0.05 means 5 %; negative when the prices form an arbitrage).
     *
     * @throws IllegalArgumentException if fewer than two prices are given or any price is not greater than 1
     */
    public static double margin(double... odds) {
        return bookSum(odds) - 1.0;
    }
}
