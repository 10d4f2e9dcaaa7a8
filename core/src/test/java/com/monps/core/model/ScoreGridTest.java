package com.monps.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Markets from the grid against hand computations. With λh = λa = 1 the goals are Poisson(1) each, so the total is
 * Poisson(2) and the difference is symmetric; τ leaves the grid's mass unchanged (its four corrections cancel:
 * e^−2 ρ (−1 + 1 + 1 − 1) = 0), so only the four low scores move.
 */
class ScoreGridTest {

    private static final double E2 = Math.exp(-2);
    /** P(home = away) for two Poisson(1): e^−2 Σ 1/(k!)² = e^−2 I₀(2). */
    private static final double DRAW = E2 * 2.2795853023360673;
    private static final ScoreGrid EVEN = ScoreGrid.of(1, 1, 0);

    @Test
    void tauMovesOnlyTheFourLowScores() {
        ScoreGrid grid = ScoreGrid.of(1, 1, -0.1);

        assertThat(grid.correctScore(0, 0)).isCloseTo(E2 * 1.1, within(1e-12));
        assertThat(grid.correctScore(0, 1)).isCloseTo(E2 * 0.9, within(1e-12));
        assertThat(grid.correctScore(1, 0)).isCloseTo(E2 * 0.9, within(1e-12));
        assertThat(grid.correctScore(1, 1)).isCloseTo(E2 * 1.1, within(1e-12));
        assertThat(grid.correctScore(2, 1)).isCloseTo(E2 / 2, within(1e-12));
        assertThat(grid.correctScore(16, 0)).isZero();
    }

    @Test
    void tauValuesFollowTheirDefinition() {
        assertThat(Tau.of(0, 0, 1.5, 1.2, -0.1)).isCloseTo(1 + 0.1 * 1.5 * 1.2, within(1e-15));
        assertThat(Tau.of(0, 1, 1.5, 1.2, -0.1)).isCloseTo(1 - 0.1 * 1.5, within(1e-15));
        assertThat(Tau.of(1, 0, 1.5, 1.2, -0.1)).isCloseTo(1 - 0.1 * 1.2, within(1e-15));
        assertThat(Tau.of(1, 1, 1.5, 1.2, -0.1)).isCloseTo(1.1, within(1e-15));
        assertThat(Tau.of(2, 0, 1.5, 1.2, -0.1)).isEqualTo(1.0);
    }

    @Test
    void matchOddsBothTeamsToScoreAndDrawNoBet() {
        assertThat(EVEN.draw()).isCloseTo(DRAW, within(1e-12));
        assertThat(EVEN.homeWin()).isCloseTo((1 - DRAW) / 2, within(1e-12));
        assertThat(EVEN.awayWin()).isCloseTo((1 - DRAW) / 2, within(1e-12));
        assertThat(EVEN.bothTeamsToScore()).isCloseTo(Math.pow(1 - Math.exp(-1), 2), within(1e-12));
        assertThat(EVEN.drawNoBetHome()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void totalsPushOnAWholeLineAndHalfSettleOnAQuarterLine() {
        // Total ~ Poisson(2): P(0) = e^−2, P(1) = 2e^−2, P(2) = 2e^−2.
        assertThat(EVEN.over(2.5)).isEqualTo(new LineProbabilities(EVEN.over(2.5).win(), 0, 0, 0, EVEN.over(2.5).loss()));
        assertThat(EVEN.over(2.5).win()).isCloseTo(1 - 5 * E2, within(1e-12));
        assertClose(EVEN.over(2), new LineProbabilities(1 - 5 * E2, 0, 2 * E2, 0, 3 * E2));
        // Over 2.25 = half on over 2 (push at 2 goals) and half on over 2.5 (lost at 2 goals).
        assertClose(EVEN.over(2.25), new LineProbabilities(1 - 5 * E2, 0, 0, 2 * E2, 3 * E2));
        // Over 2.75 = over 2.5 and over 3: three goals (4/3 e^−2) half-win.
        assertClose(EVEN.over(2.75), new LineProbabilities(1 - 5 * E2 - 4 * E2 / 3, 4 * E2 / 3, 0, 0, 5 * E2));
        assertClose(EVEN.over(2.25).opposite(), new LineProbabilities(3 * E2, 2 * E2, 0, 0, 1 - 5 * E2));
    }

    @Test
    void asianHandicapSettlesOnHomeGoalsMinusAwayGoalsPlusTheLine() {
        double win = (1 - DRAW) / 2;
        assertClose(EVEN.asianHandicapHome(0), new LineProbabilities(win, 0, DRAW, 0, win));
        // −0.25 = half on 0 (a draw pushes) and half on −0.5 (a draw loses).
        assertClose(EVEN.asianHandicapHome(-0.25), new LineProbabilities(win, 0, 0, DRAW, win));
        assertClose(EVEN.asianHandicapHome(0.25), new LineProbabilities(win, DRAW, 0, 0, win));
        // −1: winning by exactly one is refunded.
        double byOne = 0;
        for (int away = 0; away < ScoreGrid.SIZE - 1; away++) {
            byOne += EVEN.correctScore(away + 1, away);
        }
        assertClose(EVEN.asianHandicapHome(-1), new LineProbabilities(win - byOne, 0, byOne, 0, 1 - win));
        assertClose(EVEN.asianHandicapHome(-0.75), new LineProbabilities(win - byOne, byOne, 0, 0, 1 - win));
    }

    @Test
    void everyQuarterLineSumsToOne() {
        ScoreGrid grid = ScoreGrid.of(1.7, 0.9, -0.08);
        for (double line = -3.5; line <= 3.5; line += 0.25) {
            LineProbabilities ah = grid.asianHandicapHome(line);
            LineProbabilities total = grid.over(line + 3.5);
            assertThat(ah.win() + ah.halfWin() + ah.push() + ah.halfLoss() + ah.loss()).as("AH %s", line).isCloseTo(1, within(1e-12));
            assertThat(total.win() + total.halfWin() + total.push() + total.halfLoss() + total.loss()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void fairOddsBreakEven() {
        // Win 0.5, half-loss 0.2, loss 0.3: returns 0.5 (o − 1) = 0.1 + 0.3, so o = 1.8.
        assertThat(new LineProbabilities(0.5, 0, 0, 0.2, 0.3).fairOdds()).isCloseTo(1.8, within(1e-12));
    }

    @Test
    void refusesALineThatIsNotAQuarterMultiple() {
        assertThatIllegalArgumentException().isThrownBy(() -> EVEN.over(2.3)).withMessageContaining("0.25").withMessageContaining("2.3");
        assertThatIllegalArgumentException().isThrownBy(() -> EVEN.asianHandicapHome(-0.3)).withMessageContaining("-0.3");
    }

    @Test
    void refusesARhoThatMakesALowScoreNegative() {
        // τ(0,0) = 1 − ρ λh λa = 1 − 0.5 × 3 × 1 < 0.
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreGrid.of(3, 1, 0.5)).withMessageContaining("0-0");
    }

    private static void assertClose(LineProbabilities actual, LineProbabilities expected) {
        assertThat(actual.win()).as("win").isCloseTo(expected.win(), within(1e-12));
        assertThat(actual.halfWin()).as("half-win").isCloseTo(expected.halfWin(), within(1e-12));
        assertThat(actual.push()).as("push").isCloseTo(expected.push(), within(1e-12));
        assertThat(actual.halfLoss()).as("half-loss").isCloseTo(expected.halfLoss(), within(1e-12));
        assertThat(actual.loss()).as("loss").isCloseTo(expected.loss(), within(1e-12));
    }
}
