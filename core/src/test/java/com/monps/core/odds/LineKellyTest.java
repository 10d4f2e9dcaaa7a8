package com.monps.core.odds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineKellyTest {

    @Test
    void aHalfLineIsTheTextbookKelly() {
        // (b p − q) / b = (1.10 × 0.5 − 0.5) / 1.10
        assertThat(LineKelly.fullFraction(2.10, 0.5, 0, 0, 0.5)).isCloseTo(0.05 / 1.10, within(1e-9));
        assertThat(LineKelly.fullFraction(2.10, 0.5, 0, 0, 0.5)).isCloseTo(Kelly.fullFraction(2.10, 0.5), within(1e-9));
    }

    @Test
    void aWholeLineStakesOnTheChanceOfWinningOrLosingOnly() {
        // win 0.45, push 0.20, loss 0.35 at evens: (b W − L) / (b (W + L)) = (0.45 − 0.35) / 0.80
        assertThat(LineKelly.fullFraction(2.00, 0.45, 0, 0, 0.35)).isCloseTo(0.125, within(1e-9));
    }

    @Test
    void aQuarterLineSolvesTheGrowthOfItsFiveResults() {
        // home −0.25 at 2.20: wins 0.421344, draw (half lost) 0.270270, loses 0.308385. At f* the growth's slope is 0:
        // W b / (1 + b f) − HL / 2 / (1 − f / 2) − L / (1 − f) = 0 gives f* = 0.064504 (plain Kelly on p = 0.487179
        // would say 0.059829, overstaking nothing here but ignoring that a draw loses only half)
        double f = LineKelly.fullFraction(2.20, 0.4213444, 0, 0.2702703, 0.3083853);

        assertThat(f).isCloseTo(0.064504, within(1e-6));
        double slope = 0.4213444 * 1.2 / (1 + 1.2 * f) - 0.2702703 * 0.5 / (1 - f / 2) - 0.3083853 / (1 - f);
        assertThat(slope).isCloseTo(0, within(1e-9));
    }

    @Test
    void noEdgeNoStakeAndNothingToLoseStakesEverything() {
        assertThat(LineKelly.fullFraction(1.90, 0.5, 0, 0, 0.5)).isZero();
        assertThat(LineKelly.fullFraction(1.90, 0.6, 0.2, 0.2, 0)).isEqualTo(1.0);
    }
}
