package com.monps.core.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KellyTest {

    private static final BigDecimal BANKROLL = new BigDecimal("1000.00");

    @Test
    void fullKellyOfAnEvenMoneyFiftyFiveFortyFive() {
        // b = 1, q = 0.45: f* = (0.55 − 0.45) / 1 = 0.10
        assertThat(Kelly.fullFraction(2.0, 0.55)).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void fullKellyAtLongerOdds() {
        // b = 2, p = 0.40, q = 0.60: f* = (0.80 − 0.60) / 2 = 0.10
        assertThat(Kelly.fullFraction(3.0, 0.40)).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void noEdgeMeansNoStakeNeverANegativeOne() {
        assertThat(Kelly.fullFraction(2.0, 0.45)).isZero();
        assertThat(Kelly.fullFraction(2.0, 0.50)).isZero();
        assertThat(Kelly.fractionalStake(BANKROLL, 2.0, 0.45, 0.25, 1.0)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void quarterKellyOfAThousand() {
        assertThat(Kelly.fractionalStake(BANKROLL, 2.0, 0.55, 0.25, 1.0)).isEqualTo(new BigDecimal("25.00"));
    }

    @Test
    void capLimitsTheStake() {
        // Full Kelly would be 100.00; a 2 % cap allows 20.00.
        assertThat(Kelly.fractionalStake(BANKROLL, 2.0, 0.55, 1.0, 0.02)).isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void roundsDownToCents() {
        // f* = 0.10; 0.10 × 0.25 × 1234.57 = 30.864250 → 30.86
        assertThat(Kelly.fractionalStake(new BigDecimal("1234.57"), 2.0, 0.55, 0.25, 1.0))
                .isEqualTo(new BigDecimal("30.86"));
    }

    @Test
    void exactCentAmountsAreNotLostToBinaryFloatingPoint() {
        // In doubles 0.6 − 0.4 = 0.19999999999999996, which would round 200.00 down to 199.99.
        assertThat(Kelly.fractionalStake(BANKROLL, 2.0, 0.6, 1.0, 1.0)).isEqualTo(new BigDecimal("200.00"));
        // f* = (1.5 × 0.6 − 0.4) / 1.5 = 1/3 exactly, and a third of 3.00 is 1.00, not 0.99.
        assertThat(Kelly.fractionalStake(new BigDecimal("3.00"), 2.5, 0.6, 1.0, 1.0))
                .isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void rejectsInvalidInputsNamingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kelly.fractionalStake(BANKROLL, 2.0, 0.55, 0.0, 1.0))
                .withMessageContaining("fraction").withMessageContaining("0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kelly.fractionalStake(BANKROLL, 2.0, 0.45, 0.25, 1.5))
                .withMessageContaining("capFraction").withMessageContaining("1.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kelly.fractionalStake(new BigDecimal("-1.00"), 2.0, 0.55, 0.25, 1.0))
                .withMessageContaining("-1.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kelly.fullFraction(1.0, 0.55))
                .withMessageContaining("1.0");
    }
}
