package com.monps.core.backtest;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a replay. Money is in stake units (flat: 1 unit a bet; Kelly: a bankroll that starts at
 * {@link BacktestEngine#STARTING_BANKROLL} units). {@code roiPct} = profit / staked × 100; {@code avgClvPct} is the mean
 * over the {@code clvBets} bets with a Pinnacle closing price (null when there are none); {@code maxDrawdown} is the
 * largest fall of cumulative profit from a previous peak; {@code pValue} tests "mean return per unit staked > 0"
 * (see {@link com.monps.core.agents.Significance}).
 */
public record BacktestReport(String strategy, String staking, int matches, int bets, int wins, BigDecimal staked,
                             BigDecimal profit, Double roiPct, Double avgClvPct, int clvBets, BigDecimal maxDrawdown,
                             int longestLosingRun, double pValue, List<EquityPoint> equity, List<SettledBet> settledBets) {

    public BacktestReport {
        equity = List.copyOf(equity);
        settledBets = List.copyOf(settledBets);
    }
}
