package com.monps.core.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverroundTest {

    private static final double EXACT = 1e-15;

    @Test
    void impliedProbabilityIsTheInverseOfTheOdds() {
        assertThat(Overround.impliedProbability(2.0)).isEqualTo(0.5);
        assertThat(Overround.impliedProbability(4.0)).isEqualTo(0.25);
        assertThat(Overround.impliedProbabilities(2.0, 4.0)).containsExactly(0.5, 0.25);
    }

    @Test
    void americanMinus110BothSidesIsA104Point76PercentBook() {
        // -110 is decimal 21/11; by hand: 2 × 11/21 = 22/21 = 1.047619..., margin 1/21 = 0.047619...
        double minus110 = 21.0 / 11.0;
        assertThat(Overround.bookSum(minus110, minus110)).isCloseTo(22.0 / 21.0, within(EXACT));
        assertThat(Overround.margin(minus110, minus110)).isCloseTo(1.0 / 21.0, within(EXACT));
    }

    @Test
    void threeWayBookSumAndMargin() {
        // By hand: 1/2 + 1/3.4 + 1/4 = 34/68 + 20/68 + 17/68 = 71/68 = 1.0441176...
        assertThat(Overround.bookSum(2.0, 3.4, 4.0)).isCloseTo(71.0 / 68.0, within(EXACT));
        assertThat(Overround.margin(2.0, 3.4, 4.0)).isCloseTo(3.0 / 68.0, within(EXACT));
    }

    @Test
    void arbitragePricesHaveANegativeMargin() {
        assertThat(Overround.margin(2.1, 2.1)).isCloseTo(2 / 2.1 - 1, within(EXACT)).isNegative();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.95, 0.0, -2.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsOddsNotAboveOneNamingTheValue(double badOdds) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Overround.impliedProbability(badOdds))
                .withMessageContaining(String.valueOf(badOdds));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Overround.bookSum(2.0, badOdds, 3.0))
                .withMessageContaining(String.valueOf(badOdds));
    }

    @Test
    void rejectsAMarketWithFewerThanTwoOutcomes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Overround.bookSum(2.0))
                .withMessageContaining("at least 2 outcomes");
    }
}
