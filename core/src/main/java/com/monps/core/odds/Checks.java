package com.monps.core.odds;

import java.math.BigDecimal;

/** Argument checks shared by the odds maths; every message names the rejected value. */
final class Checks {

    private Checks() {
    }

    /** Decimal odds must be finite and greater than 1 (odds of 1 or less pay nothing or lose money on a win). */
    static double requireOdds(double odds) {
        if (!(odds > 1.0) || Double.isInfinite(odds)) {
            throw new IllegalArgumentException("odds must be a finite decimal price greater than 1, got " + odds);
        }
        return odds;
    }

    static BigDecimal requireOdds(BigDecimal odds) {
        if (odds == null || odds.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("odds must be a decimal price greater than 1, got " + odds);
        }
        return odds;
    }

    static double requireProbability(double probability) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
        }
        return probability;
    }

    /** A share of the bankroll: greater than 0 and at most 1. */
    static double requireShare(String name, double share) {
        if (!(share > 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + share);
        }
        return share;
    }
}
