package com.monps.core.backtest;

import java.math.BigDecimal;
import java.time.Instant;

/** Cumulative profit after the {@code bet}-th settled bet (1-based), settled with the match that kicked off at {@code at}. */
public record EquityPoint(int bet, Instant at, BigDecimal cumulativeProfit) {
}
