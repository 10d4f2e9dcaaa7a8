package com.monps.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ImpliedGoalsTest {

    private static final ScoreGrid MARKET = ScoreGrid.of(1.62, 1.07, -0.08);

    /** Pinnacle-like close: 1X2 2.10 / 3.50 / 3.60 and over/under 2.5 at 1.95 each, de-vigged multiplicatively. */
    private static final double HOME = (1 / 2.10) / (1 / 2.10 + 1 / 3.50 + 1 / 3.60);
    private static final double DRAW = (1 / 3.50) / (1 / 2.10 + 1 / 3.50 + 1 / 3.60);
    private static final double AWAY = (1 / 3.60) / (1 / 2.10 + 1 / 3.50 + 1 / 3.60);

    @Test
    void recoversTheGoalExpectanciesBehindAMatchOddsMarketAtTheGivenRho() {
        ImpliedGoals implied = ImpliedGoals.fromMatchOdds(MARKET.homeWin(), MARKET.draw(), MARKET.awayWin(), -0.08);

        assertThat(implied.lambdaHome()).isCloseTo(1.62, within(1e-8));
        assertThat(implied.lambdaAway()).isCloseTo(1.07, within(1e-8));
        assertThat(implied.rho()).isEqualTo(-0.08);
        assertThat(implied.rhoSolved()).isFalse();
        assertThat(implied.maxResidual()).isLessThan(ImpliedGoals.TOLERANCE);
        assertThat(implied.grid().asianHandicapHome(-0.75).win()).isCloseTo(MARKET.asianHandicapHome(-0.75).win(), within(1e-9));
    }

    @Test
    void withTheTotalQuotedRhoIsSolvedTooAndTheGridBehindTheMarketComesBack() {
        ImpliedGoals implied = ImpliedGoals.fromMatchOddsAndTotal(MARKET.homeWin(), MARKET.draw(), MARKET.awayWin(),
                MARKET.over(2.5).win());

        assertThat(implied.lambdaHome()).isCloseTo(1.62, within(1e-7));
        assertThat(implied.lambdaAway()).isCloseTo(1.07, within(1e-7));
        assertThat(implied.rho()).isCloseTo(-0.08, within(1e-7));
        assertThat(implied.rhoSolved()).isTrue();
        assertThat(implied.iterations()).isBetween(1, 20);
    }

    @Test
    void matchesAnIndependentSolveOfAPinnacleClose() {
        // Reference: core/src/test/python/implied_goals_reference.py (numpy/scipy: its own Dixon-Coles grid, fsolve on
        // the three equations), for 1X2 2.10 / 3.50 / 3.60 and over/under 2.5 at 1.95 / 1.95.
        ImpliedGoals implied = ImpliedGoals.fromMatchOddsAndTotal(HOME, DRAW, AWAY, 0.5);

        assertThat(implied.lambdaHome()).isCloseTo(1.5446848094, within(1e-8));
        assertThat(implied.lambdaAway()).isCloseTo(1.1293755043, within(1e-8));
        assertThat(implied.rho()).isCloseTo(-0.0900723903, within(1e-8));
        ScoreGrid grid = implied.grid();
        assertThat(grid.over(2.75).fairProbability()).isCloseTo(0.4382645619, within(1e-8));
        assertThat(grid.over(2.25).opposite().fairProbability()).isCloseTo(0.4261343276, within(1e-8));
        assertThat(grid.over(3).fairProbability()).isCloseTo(0.3591365960, within(1e-8));
        assertThat(grid.asianHandicapHome(-0.75).fairProbability()).isCloseTo(0.3910476566, within(1e-8));
        assertThat(grid.asianHandicapHome(-1).fairProbability()).isCloseTo(0.3051979441, within(1e-8));
    }

    @Test
    void aQuarterLineNextToTheDrawIsPricedByTheMatchOddsAlone() {
        // Away +0.25 wins on an away win and half-wins on a draw: fair p = (a + d/2) / (a + d/2 + h), whatever the λs.
        // a = 0.267176, d = 0.274809, h = 0.458015: (0.267176 + 0.137405) / (0.404580 + 0.458015) = 0.469027
        ImpliedGoals implied = ImpliedGoals.fromMatchOddsAndTotal(HOME, DRAW, AWAY, 0.5);

        assertThat(implied.grid().asianHandicapHome(-0.25).opposite().fairProbability()).isCloseTo(0.469027, within(1e-6));
    }

    @Test
    void aTotalThatNoRhoCanReachIsAnErrorSayingHowCloseItCame() {
        // 92 % over 2.5 with this 1X2 needs far more goals than any ρ keeping τ > 0 allows for these home and away odds.
        assertThatThrownBy(() -> ImpliedGoals.fromMatchOddsAndTotal(HOME, DRAW, AWAY, 0.92))
                .isInstanceOf(ImpliedGoalsException.class)
                .hasMessageContaining("no goal expectancies reproduce home 0.458015, away 0.267176 and over 2.5 0.920000")
                .hasMessageContaining("missing by");
    }

    @Test
    void refusesProbabilitiesThatAreNotAMatchOddsMarket() {
        assertThatIllegalArgumentException().isThrownBy(() -> ImpliedGoals.fromMatchOdds(0.5, 0.3, 0.3, 0))
                .withMessageContaining("summing to 1");
        assertThatIllegalArgumentException().isThrownBy(() -> ImpliedGoals.fromMatchOddsAndTotal(0.5, 0.3, 0.2, 1.0))
                .withMessageContaining("over25 must be a probability");
    }
}
