package com.monps.agent.backtest;

import com.monps.core.backtest.LineBacktestReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What {@code backtest --market totals|spreads} prints: one JSON object with {@code --json}, else three lines of text. */
final class LineBacktestOutput {

    private LineBacktestOutput() {
    }

    static String json(LineBacktestReport r, Map<String, Object> parameters) {
        Map<String, Object> json = new LinkedHashMap<>(parameters);
        json.put("market", r.market());
        json.put("matches", r.matches());
        json.put("bets", r.bets());
        json.put("won", r.won());
        json.put("half_won", r.halfWon());
        json.put("void", r.voided());
        json.put("half_lost", r.halfLost());
        json.put("lost", r.lost());
        json.put("staked", r.staked().setScale(2, RoundingMode.HALF_UP));
        json.put("profit", r.profit().setScale(2, RoundingMode.HALF_UP));
        json.put("roi_pct", round(r.roiPct()));
        json.put("avg_clv_pct", round(r.avgClvPct()));
        json.put("clv_bets", r.clvBets());
        json.put("line_moved", r.lineMoved());
        return ReportJson.write(json);
    }

    static String text(LineBacktestReport r) {
        return String.format(Locale.ROOT, """
                        value-vs-pinnacle on %s, one unit flat, %d played matches
                        bets %d: won %d, half won %d, void %d, half lost %d, lost %d; staked %.2f, profit %.2f, ROI %s
                        average CLV vs Pinnacle close %s over %d bets, %d bets on a line that moved""",
                r.market(), r.matches(), r.bets(), r.won(), r.halfWon(), r.voided(), r.halfLost(), r.lost(), r.staked(),
                r.profit(), percent(r.roiPct()), percent(r.avgClvPct()), r.clvBets(), r.lineMoved());
    }

    private static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%+.2f %%", value);
    }
}
