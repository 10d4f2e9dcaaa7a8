package com.monps.agent.model;

import com.monps.core.model.CalibrationBin;
import com.monps.core.model.ForecastScore;
import com.monps.core.model.Scorecard;
import com.monps.core.model.ValueBetting;
import com.monps.core.model.WalkForward;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one JSON object {@code model evaluate --json} prints; an empty bin or source has null scores. */
final class ScorecardJson {

    private ScorecardJson() {
    }

    static Map<String, Object> of(Scorecard s, WalkForward.Options options) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seasons", s.seasons());
        json.put("training_weeks", options.trainingWeeks());
        json.put("xi", options.xi());
        json.put("matches_scored", s.matchesScored());
        json.put("matches_skipped", s.matchesSkipped());
        json.put("fits", s.fits());
        json.put("iterations", s.iterations());
        json.put("fit_failures", s.fitFailures());
        json.put("millis", s.millis());
        json.put("forecasts", scores(s.forecasts()));
        json.put("calibration", s.calibration().stream().map(ScorecardJson::bin).toList());
        json.put("value_bets", value(s.valueBetting()));
        json.put("devig_sample", s.devigSample());
        json.put("devig_pinnacle_close", scores(s.pinnacleCloseByDevig()));
        json.put("best_devig_by_log_loss", s.bestDevigByLogLoss());
        json.put("best_devig_by_rps", s.bestDevigByRps());
        return json;
    }

    private static List<Map<String, Object>> scores(List<ForecastScore> scores) {
        return scores.stream().map(f -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", f.source());
            json.put("matches", f.matches());
            json.put("rps", number(f.rps()));
            json.put("log_loss", number(f.logLoss()));
            json.put("brier", number(f.brier()));
            return json;
        }).toList();
    }

    private static Map<String, Object> bin(CalibrationBin b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", b.from());
        json.put("to", b.to());
        json.put("count", b.count());
        json.put("mean_predicted", number(b.meanPredicted()));
        json.put("observed", number(b.observed()));
        return json;
    }

    private static Map<String, Object> value(ValueBetting v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("edge", v.edge());
        json.put("price", "bet365 opening");
        json.put("bets", v.bets());
        json.put("wins", v.wins());
        json.put("profit", v.profit());
        json.put("roi_pct", number(v.roiPct()));
        json.put("avg_clv_pct", number(v.avgClvPct()));
        return json;
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
