package com.monps.agent.backtest;

import com.monps.core.backtest.BacktestReport;

import java.util.Locale;

/** The human-readable backtest report. */
final class BacktestText {

    private BacktestText() {
    }

    static String of(BacktestReport r) {
        return String.format(Locale.ROOT, """
                        strategy %s, staking %s, %d played matches
                        bets %d, wins %d, staked %.2f, profit %.2f, ROI %s
                        average CLV vs Pinnacle close %s over %d bets
                        max drawdown %.2f, longest losing run %d, p-value (ROI > 0) %.4f""",
                r.strategy(), r.staking(), r.matches(), r.bets(), r.wins(), r.staked(), r.profit(), percent(r.roiPct()),
                percent(r.avgClvPct()), r.clvBets(), r.maxDrawdown(), r.longestLosingRun(), r.pValue());
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%+.2f %%", value);
    }
}
