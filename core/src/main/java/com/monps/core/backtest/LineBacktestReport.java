package com.monps.core.backtest;

import java.math.BigDecimal;

/**
 * What a totals or spreads backtest found, one unit flat per bet. {@code roiPct} is null without bets, {@code avgClvPct}
 * without a bet whose Pinnacle closing price at its line is known; {@code lineMoved} counts the spreads bets whose
 * closing handicap ({@code AHCh}) differs from the one bet ({@code AHh}), which get no CLV.
 */
public record LineBacktestReport(String market, int matches, int bets, int won, int halfWon, int voided, int halfLost,
                                 int lost, BigDecimal staked, BigDecimal profit, Double roiPct, Double avgClvPct,
                                 int clvBets, int lineMoved) {
}
