package com.monps.desktop.betentry;

import com.monps.core.odds.Kelly;

import java.math.BigDecimal;

/** The trader's bankroll, Kelly fraction and largest share of the bankroll per bet: stakes above them earn a warning. */
public record StakingRules(BigDecimal bankroll, double kellyFraction, double maxShare) {

    /** The fractional Kelly stake at {@code odds} for a win probability, capped at the largest share. */
    public BigDecimal kellyStake(BigDecimal odds, BigDecimal fairProbability) {
        return Kelly.fractionalStake(bankroll, odds.doubleValue(), fairProbability.doubleValue(), kellyFraction, maxShare);
    }

    public BigDecimal maxStake() {
        return bankroll.multiply(BigDecimal.valueOf(maxShare)).setScale(2, java.math.RoundingMode.DOWN);
    }
}
