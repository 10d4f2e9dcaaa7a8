package com.monps.core.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpectedValueTest {

    @Test
    void priceTimesFairProbabilityMinusOne() {
        // By hand: 2.20 × 0.50 − 1 = +0.10; 1.80 × 0.50 − 1 = −0.10; 3.00 × 1/3 − 1 = 0.
        assertThat(ExpectedValue.perUnitStake(2.20, 0.50)).isCloseTo(0.10, within(1e-12));
        assertThat(ExpectedValue.perUnitStake(1.80, 0.50)).isCloseTo(-0.10, within(1e-12));
        assertThat(ExpectedValue.perUnitStake(3.00, 1.0 / 3)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void rejectsAProbabilityOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExpectedValue.perUnitStake(2.0, -0.1))
                .withMessageContaining("-0.1");
    }
}
