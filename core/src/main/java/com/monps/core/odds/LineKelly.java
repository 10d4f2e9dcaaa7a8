package com.monps.core.odds;

/**
 * The Kelly fraction of a bet on a goal line or Asian handicap, whose stake can win, half-win, push, half-lose or lose.
 * Exact, not an approximation: with {@code b = odds − 1} and the five probabilities, the fraction f maximises the
 * expected log growth
 * <pre>
 *   G(f) = W ln(1 + b f) + H ln(1 + b f / 2) + L/2 ln(1 − f / 2) + L ln(1 − f)      (a push leaves the bankroll as it was)
 * </pre>
 * G is concave, so f* is the root of {@code G'(f) = W b/(1 + bf) + H (b/2)/(1 + bf/2) − HL (1/2)/(1 − f/2) − L/(1 − f)},
 * which decreases from {@code G'(0) = EV} to −∞ at f = 1; it is found by bisection. Without half results it has a closed form: a whole
 * line with a push gives {@code f* = (bW − L) / (b (W + L))}, a half line the textbook {@code (bp − q) / b}.
 */
public final class LineKelly {

    private LineKelly() {
    }

    /**
     * Full Kelly fraction of the bankroll, 0 when the bet has no edge.
     *
     * @param win      probability the whole stake wins
     * @param halfWin  probability half the stake wins and half is refunded
     * @param halfLoss probability half the stake is lost and half is refunded
     * @param loss     probability the whole stake is lost (the push is the rest)
     */
    public static double fullFraction(double odds, double win, double halfWin, double halfLoss, double loss) {
        double b = Checks.requireOdds(odds) - 1.0;
        double expectedValue = (win + halfWin / 2) * b - halfLoss / 2 - loss;
        if (expectedValue <= 0) {
            return 0.0;
        }
        if (loss <= 0) {
            return 1.0; // at most half the stake can be lost: Kelly would stake the whole bankroll or more (the caps decide)
        }
        return Bisection.rootOfDecreasing(f -> win * b / (1 + b * f) + halfWin * (b / 2) / (1 + b * f / 2)
                - halfLoss * 0.5 / (1 - f / 2) - loss / (1 - f), 0.0, 1.0);
    }
}
