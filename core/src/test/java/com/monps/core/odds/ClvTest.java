package com.monps.core.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClvTest {

    private static final double EXACT = 1e-12;

    @Test
    void beatingTheClosingLineIsPositive() {
        assertThat(Clv.percent(2.10, 2.00)).isCloseTo(5.0, within(EXACT));
    }

    @Test
    void takingAShorterPriceThanTheCloseIsNegative() {
        assertThat(Clv.percent(1.90, 2.00)).isCloseTo(-5.0, within(EXACT));
    }

    @Test
    void noVigClvAgainstTheMultiplicativeFairClose() {
        // Close 2.00 / 3.40 / 4.00: book 71/68, fair home = (1/2) × 68/71 = 34/71.
        // By hand: 2.20 × 34/71 − 1 = 74.8/71 − 1 = 3.8/71 = 0.0535211267605634 (5.35 %).
        double fairHome = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, 2.00, 3.40, 4.00).probability(0);

        assertThat(Clv.noVigFraction(2.20, fairHome)).isCloseTo(3.8 / 71, within(EXACT));
        assertThat(Clv.noVigPercent(2.20, fairHome)).isCloseTo(380.0 / 71, within(1e-10));
    }

    @Test
    void takingExactlyTheFairCloseIsZeroWhileTheRawCloseStillShowsTheMargin() {
        // Close 1.91 / 1.91: fair 0.5 each. Taking the raw close is 0 % raw CLV but −4.5 % no-vig CLV.
        assertThat(Clv.percent(1.91, 1.91)).isZero();
        assertThat(Clv.noVigPercent(1.91, 0.5)).isCloseTo(-4.5, within(1e-10));
        assertThat(Clv.noVigFraction(2.00, 0.5)).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void rejectsBadInputsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> Clv.percent(2.0, 0.5)).withMessageContaining("0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Clv.noVigFraction(2.0, 1.2)).withMessageContaining("1.2");
    }
}
