package com.monps.core.agents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignificanceTest {

    @Test
    void normalDistributionMatchesTheTables() {
        assertThat(Significance.normalCdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Significance.normalCdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(Significance.normalCdf(-1.644854)).isCloseTo(0.05, within(1e-6));
    }

    @Test
    void pValueOfReturnsWithKnownMeanAndSpread() {
        // returns +1, −1, +1, +1: mean 0.5, sample sd 1, z = 0.5 / (1 / 2) = 1, p = 1 − Φ(1) = 0.158655
        assertThat(Significance.pValueMeanAboveZero(new double[] {1, -1, 1, 1})).isCloseTo(0.158655, within(1e-5));
    }

    @Test
    void tooFewBetsProveNothing() {
        assertThat(Significance.pValueMeanAboveZero(new double[] {1.5})).isEqualTo(1.0);
        assertThat(Significance.pValueMeanAboveZero(new double[0])).isEqualTo(1.0);
    }
}
