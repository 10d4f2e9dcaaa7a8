package com.monps.core.odds;

/** Closing line value: how the price a bet was taken at compares with the market's closing price. */
public final class Clv {

    private Clv() {
    }

    /**
     * CLV against the raw closing price, in percent: {@code (oddsTaken / closingOdds − 1) × 100}.
     * Positive means the bet beat the closing line (2.10 taken, 2.00 at the close: +5.0).
     *
     * @throws IllegalArgumentException if either price is not greater than 1
     */
    public static double percent(double oddsTaken, double closingOdds) {
        return (Checks.requireOdds(oddsTaken) / Checks.requireOdds(closingOdds) - 1.0) * 100.0;
    }

    /**
     * No-vig CLV as a fraction of the stake: {@code oddsTaken × fairClosingProbability − 1}, where the fair
     * closing probability has had the margin removed (see {@link FairProbabilities}). It is the
     * {@linkplain ExpectedValue#perUnitStake expected value} of the bet if the closing market is right.
     *
     * @throws IllegalArgumentException if the price is not greater than 1 or the probability is outside [0, 1]
     */
    public static double noVigFraction(double oddsTaken, double fairClosingProbability) {
        return ExpectedValue.perUnitStake(oddsTaken, fairClosingProbability);
    }

    /**
     * No-vig CLV in percent: {@code (oddsTaken × fairClosingProbability − 1) × 100}.
     *
     * @throws IllegalArgumentException if the price is not greater than 1 or the probability is outside [0, 1]
     */
    public static double noVigPercent(double oddsTaken, double fairClosingProbability) {
        return noVigFraction(oddsTaken, fairClosingProbability) * 100.0;
    }
}
