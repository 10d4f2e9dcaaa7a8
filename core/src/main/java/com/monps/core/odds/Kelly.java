package com.monps.core.odds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Kelly criterion stake sizing; never recommends a negative stake. */
public final class Kelly {

    private Kelly() {
    }

    /**
     * Full Kelly fraction of the bankroll: {@code f* = (b·p − q) / b} with {@code b = odds − 1} and
     * {@code q = 1 − p}, or 0 when {@code f* ≤ 0} (no edge, no bet).
     *
     * @throws IllegalArgumentException if the odds are not greater than 1 or the probability is outside [0, 1]
     */
    public static double fullFraction(double odds, double probability) {
        double b = Checks.requireOdds(odds) - 1.0;
        double p = Checks.requireProbability(probability);
        return Math.max(0.0, (b * p - (1.0 - p)) / b);
    }

    /**
     * Stake to bet: {@code bankroll × min(fraction × f*, capFraction)} rounded down to cents, with {@code f*}
     * the {@linkplain #fullFraction full Kelly fraction}; 0.00 when there is no edge.
     *
     * @param fraction    share of full Kelly to bet, in (0, 1] (0.25 is quarter Kelly)
     * @param capFraction largest share of the bankroll ever staked, in (0, 1]
     * @throws IllegalArgumentException if the bankroll is negative, the odds are not greater than 1, the
     *                                  probability is outside [0, 1], or a share is outside (0, 1]
     */
    public static BigDecimal fractionalStake(BigDecimal bankroll, double odds, double probability,
                                             double fraction, double capFraction) {
        Objects.requireNonNull(bankroll, "bankroll");
        if (bankroll.signum() < 0) {
            throw new IllegalArgumentException("bankroll cannot be negative, got " + bankroll);
        }
        BigDecimal price = BigDecimal.valueOf(Checks.requireOdds(odds));
        BigDecimal p = BigDecimal.valueOf(Checks.requireProbability(probability));
        BigDecimal kellyShare = BigDecimal.valueOf(Checks.requireShare("fraction", fraction));
        BigDecimal cap = BigDecimal.valueOf(Checks.requireShare("capFraction", capFraction));
        // Decimal arithmetic, dividing last: with doubles, p = 0.6 at 2.0 gives f* = 0.19999999999999996 and
        // rounding down would lose a cent.
        BigDecimal b = price.subtract(BigDecimal.ONE);
        BigDecimal edge = b.multiply(p).subtract(BigDecimal.ONE.subtract(p));
        if (edge.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal kellyStake = bankroll.multiply(kellyShare).multiply(edge).divide(b, 2, RoundingMode.DOWN);
        BigDecimal cappedStake = bankroll.multiply(cap).setScale(2, RoundingMode.DOWN);
        return kellyStake.min(cappedStake);
    }
}
