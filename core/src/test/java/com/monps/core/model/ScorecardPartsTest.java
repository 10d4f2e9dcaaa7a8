package com.monps.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The walk-forward's scores, calibration and value bets on forecasts whose numbers are worked out by hand. */
class ScorecardPartsTest {

    @Test
    void properScoresOfTwoForecasts() {
        ForecastScore.Accumulator scores = new ForecastScore.Accumulator("test");
        // (0.5, 0.3, 0.2), home won: RPS ½[(0.5 − 1)² + (0.8 − 1)²] = 0.145, log loss −ln 0.5, Brier 0.25 + 0.09 + 0.04.
        scores.add(new double[] {0.5, 0.3, 0.2}, 0);
        // (0.2, 0.3, 0.5), away won: RPS ½[0.2² + 0.5²] = 0.145, log loss −ln 0.5, Brier 0.04 + 0.09 + 0.25.
        scores.add(new double[] {0.2, 0.3, 0.5}, 2);

        ForecastScore score = scores.score();

        assertThat(score.matches()).isEqualTo(2);
        assertThat(score.rps()).isCloseTo(0.145, within(1e-12));
        assertThat(score.logLoss()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(score.brier()).isCloseTo(0.38, within(1e-12));
    }

    @Test
    void calibrationBinsEveryOutcomeProbability() {
        CalibrationBin.Accumulator calibration = new CalibrationBin.Accumulator();
        calibration.add(new double[] {0.55, 0.25, 0.2}, 0);
        calibration.add(new double[] {0.52, 0.28, 0.2}, 1);

        List<CalibrationBin> bins = calibration.bins();

        assertThat(bins).hasSize(10);
        CalibrationBin fifties = bins.get(5);
        assertThat(fifties.count()).isEqualTo(2);
        assertThat(fifties.meanPredicted()).isCloseTo(0.535, within(1e-12));
        assertThat(fifties.observed()).isCloseTo(0.5, within(1e-12));
        assertThat(bins.get(2).count()).isEqualTo(4);
        assertThat(bins.get(2).observed()).isCloseTo(0.25, within(1e-12));
        assertThat(bins.get(9).count()).isZero();
    }

    @Test
    void valueBetsAboveTheEdgeAtBet365WithClvAgainstPinnaclesClose() {
        ValueBetting.Accumulator value = new ValueBetting.Accumulator(0.05);
        // Model home 0.5 at 2.2: EV 0.10 > 0.05, a bet; draw 0.3 × 3.4 = 1.02 and away 0.2 × 3.6 = 0.72 are not.
        // Home wins: +1.2. Fair close home 0.45: CLV 2.2 × 0.45 − 1 = −0.01.
        value.add(new double[] {0.5, 0.3, 0.2}, new double[] {2.2, 3.4, 3.6}, new double[] {0.45, 0.3, 0.25}, 0);
        // Away 0.35 × 3.6 = 1.26: a bet, lost (draw): −1. Fair close away 0.3: CLV 3.6 × 0.3 − 1 = 0.08.
        value.add(new double[] {0.35, 0.3, 0.35}, new double[] {2.2, 3.4, 3.6}, new double[] {0.4, 0.3, 0.3}, 1);

        ValueBetting result = value.result();

        assertThat(result.bets()).isEqualTo(2);
        assertThat(result.wins()).isEqualTo(1);
        assertThat(result.profit()).isCloseTo(0.2, within(1e-12));
        assertThat(result.roiPct()).isCloseTo(10.0, within(1e-9));
        assertThat(result.avgClvPct()).isCloseTo(3.5, within(1e-9));
    }
}
