package com.monps.core.backtest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A replayed bet with its result. {@code clvPct} is (price / Pinnacle closing price − 1) × 100, null when Pinnacle's
 * closing price is missing.
 */
public record SettledBet(String matchId, Instant kickOff, Pick pick, BigDecimal stake, boolean won, BigDecimal profit,
                         Double clvPct) {

    public double returnPerUnit() {
        return profit.doubleValue() / stake.doubleValue();
    }
}
