package com.monps.agent.model;

import com.monps.core.model.CalibrationBin;
import com.monps.core.model.ForecastScore;
import com.monps.core.model.Scorecard;
import com.monps.core.model.ValueBetting;

import java.util.List;
import java.util.Locale;

/** The human-readable scorecard. */
final class ScorecardText {

    private ScorecardText() {
    }

    static String of(Scorecard s) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d seasons, %d matches scored (%d skipped), %d fits in %.0f ms%n", s.seasons(), s.matchesScored(),
                s.matchesSkipped(), s.fits(), s.millis()));
        s.fitFailures().forEach(f -> text.append("no fit ").append(f).append(System.lineSeparator()));
        table(text, s.forecasts());
        text.append(String.format(Locale.ROOT, "%ncalibration of the model%n%-11s %6s %9s %9s%n", "bin", "count", "predicted", "observed"));
        for (CalibrationBin b : s.calibration()) {
            text.append(String.format(Locale.ROOT, "%.1f-%.1f    %6d %9.3f %9.3f%n", b.from(), b.to(), b.count(),
                    b.meanPredicted(), b.observed()));
        }
        ValueBetting v = s.valueBetting();
        text.append(String.format(Locale.ROOT, "%nmodel value (EV > %.2f) at Bet365's opening price: %d bets, %d wins, "
                + "profit %.2f, ROI %.2f %%, average CLV vs Pinnacle close %.2f %%%n", v.edge(), v.bets(), v.wins(),
                v.profit(), v.roiPct(), v.avgClvPct()));
        text.append(String.format(Locale.ROOT, "%nPinnacle's close by de-vig method (%d matches)%n", s.devigSample()));
        table(text, s.pinnacleCloseByDevig());
        text.append(String.format(Locale.ROOT, "best by log loss: %s, by RPS: %s", s.bestDevigByLogLoss(), s.bestDevigByRps()));
        return text.toString();
    }

    private static void table(StringBuilder text, List<ForecastScore> scores) {
        text.append(String.format(Locale.ROOT, "%-34s %7s %8s %8s %8s%n", "source", "matches", "RPS", "log loss", "Brier"));
        for (ForecastScore f : scores) {
            text.append(String.format(Locale.ROOT, "%-34s %7d %8.5f %8.5f %8.5f%n", f.source(), f.matches(), f.rps(),
                    f.logLoss(), f.brier()));
        }
    }
}
