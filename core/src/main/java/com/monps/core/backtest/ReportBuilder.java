package com.monps.core.backtest;

import com.monps.core.agents.Significance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns the settled bets of a replay, in settlement order, into a {@link BacktestReport}. */
final class ReportBuilder {

    private ReportBuilder() {
    }

    static BacktestReport build(String strategy, String staking, int matches, List<SettledBet> bets) {
        BigDecimal staked = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        BigDecimal peak = BigDecimal.ZERO;
        BigDecimal maxDrawdown = BigDecimal.ZERO;
        int wins = 0;
        int losingRun = 0;
        int longestLosingRun = 0;
        double clvSum = 0;
        int clvBets = 0;
        double[] returns = new double[bets.size()];
        List<EquityPoint> equity = new ArrayList<>(bets.size());
        for (int i = 0; i < bets.size(); i++) {
            SettledBet bet = bets.get(i);
            staked = staked.add(bet.stake());
            profit = profit.add(bet.profit());
            peak = peak.max(profit);
            maxDrawdown = maxDrawdown.max(peak.subtract(profit));
            wins += bet.won() ? 1 : 0;
            losingRun = bet.won() ? 0 : losingRun + 1;
            longestLosingRun = Math.max(longestLosingRun, losingRun);
            if (bet.clvPct() != null) {
                clvSum += bet.clvPct();
                clvBets++;
            }
            returns[i] = bet.returnPerUnit();
            equity.add(new EquityPoint(i + 1, bet.kickOff(), profit));
        }
        Double roiPct = staked.signum() == 0 ? null : profit.doubleValue() / staked.doubleValue() * 100.0;
        Double avgClv = clvBets == 0 ? null : clvSum / clvBets;
        return new BacktestReport(strategy, staking, matches, bets.size(), wins, staked, profit, roiPct, avgClv, clvBets,
                maxDrawdown, longestLosingRun, Significance.pValueMeanAboveZero(returns), equity, bets);
    }
}
