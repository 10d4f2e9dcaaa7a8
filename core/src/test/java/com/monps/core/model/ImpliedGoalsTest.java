package com.monps.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ImpliedGoalsTest {

    private static final ScoreGrid MARKET = ScoreGrid.of(1.62, 1.07, -0.08);

    @Test
    void recoversTheGoalExpectanciesBehindAMatchOddsMarket() {
        ScoreGrid implied = ImpliedGoals.fromMatchOdds(MARKET.homeWin(), MARKET.draw(), MARKET.awayWin(), -0.08);

        assertThat(implied.lambdaHome()).isCloseTo(1.62, within(1e-6));
        assertThat(implied.lambdaAway()).isCloseTo(1.07, within(1e-6));
        assertThat(implied.asianHandicapHome(-0.75).win()).isCloseTo(MARKET.asianHandicapHome(-0.75).win(), within(1e-7));
    }

    @Test
    void usesTheTotalWhenQuoted() {
        ScoreGrid implied = ImpliedGoals.fromMatchOddsAndTotal(MARKET.homeWin(), MARKET.draw(), MARKET.awayWin(),
                MARKET.over(2.5).win(), -0.08);

        assertThat(implied.lambdaHome()).isCloseTo(1.62, within(1e-6));
        assertThat(implied.lambdaAway()).isCloseTo(1.07, within(1e-6));
    }

    @Test
    void aTotalAboveTheOneTheMatchOddsImplyRaisesBothExpectancies() {
        // Three equations, two unknowns: a market that prices more goals than its 1X2 suggests meets it half way.
        ScoreGrid implied = ImpliedGoals.fromMatchOddsAndTotal(MARKET.homeWin(), MARKET.draw(), MARKET.awayWin(),
                MARKET.over(2.5).win() + 0.05, -0.08);

        assertThat(implied.lambdaHome() + implied.lambdaAway()).isGreaterThan(1.62 + 1.07);
        assertThat(implied.over(2.5).win()).isBetween(MARKET.over(2.5).win(), MARKET.over(2.5).win() + 0.05);
    }

    @Test
    void refusesProbabilitiesThatDoNotSumToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> ImpliedGoals.fromMatchOdds(0.5, 0.3, 0.3, 0))
                .withMessageContaining("summing to 1");
    }
}
