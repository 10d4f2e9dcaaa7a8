package com.monps.agent.backtest;

import com.monps.core.backtest.BacktestReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON object {@code backtest --json} prints; money to the cent, percentages to 3 decimals. */
final class BacktestJson {

    private BacktestJson() {
    }

    static String of(BacktestReport report, Map<String, Object> parameters) {
        Map<String, Object> json = new LinkedHashMap<>(parameters);
        json.put("strategy", report.strategy());
        json.put("staking", report.staking());
        json.put("matches", report.matches());
        json.put("bets", report.bets());
        json.put("wins", report.wins());
        json.put("staked", cents(report.staked()));
        json.put("profit", cents(report.profit()));
        json.put("roi_pct", round(report.roiPct(), 3));
        json.put("avg_clv_pct", round(report.avgClvPct(), 3));
        json.put("clv_bets", report.clvBets());
        json.put("max_drawdown", cents(report.maxDrawdown()));
        json.put("longest_losing_run", report.longestLosingRun());
        json.put("p_value", round(report.pValue(), 6));
        return ReportJson.write(json);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
