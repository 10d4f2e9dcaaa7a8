package com.monps.core.odds;

/** Expected value of a bet from its price and a fair (margin-free) probability of winning. */
public final class ExpectedValue {

    private ExpectedValue() {
    }

    /**
     * Expected profit per unit staked: {@code EV = price × fairProbability − 1} (0.05 means +5 % of the stake).
     *
     * @throws IllegalArgumentException if the price is not greater than 1 or the probability is outside [0, 1]
     */
    public static double perUnitStake(double price, double fairProbability) {
        return Checks.requireOdds(price) * Checks.requireProbability(fairProbability) - 1.0;
    }
}
