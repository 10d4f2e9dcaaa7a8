package com.monps.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a walk-forward evaluation found: the scores of each forecast source on the same matches, the model's
 * calibration, backing its value at Bet365's price, and how well each de-vig method's Pinnacle close forecasts.
 *
 * @param matchesScored  matches every source forecast (after the training weeks, with Pinnacle's opening and close)
 * @param matchesSkipped matches after the training weeks left out: a team the model had not seen, no Pinnacle prices,
 *                       or no fit that day
 * @param iterations     Newton iterations of all the fits
 * @param fitFailures    the days whose fit had no maximum, each with the reason
 * @param devigSample    matches of the de-vig comparison: those where every method could de-vig Pinnacle's close
 */
public record Scorecard(int seasons, int matchesScored, int matchesSkipped, int fits, int iterations, List<String> fitFailures,
                        double millis,
                        List<ForecastScore> forecasts, List<CalibrationBin> calibration, ValueBetting valueBetting,
                        int devigSample, List<ForecastScore> pinnacleCloseByDevig) {

    public Scorecard {
        fitFailures = List.copyOf(fitFailures);
        forecasts = List.copyOf(forecasts);
        calibration = List.copyOf(calibration);
        pinnacleCloseByDevig = List.copyOf(pinnacleCloseByDevig);
    }

    /** The de-vig method whose Pinnacle close has the lowest log loss. */
    public String bestDevigByLogLoss() {
        return best(ForecastScore::logLoss);
    }

    /** The de-vig method whose Pinnacle close has the lowest ranked probability score. */
    public String bestDevigByRps() {
        return best(ForecastScore::rps);
    }

    private String best(ToDoubleFunction<ForecastScore> score) {
        return pinnacleCloseByDevig.stream().min(Comparator.comparingDouble(score)).map(ForecastScore::source).orElse(null);
    }
}
