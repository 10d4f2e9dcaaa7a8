package com.monps.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The analytic derivatives against central finite differences, and the value against a hand computation. */
class DixonColesLikelihoodTest {

    // Two teams A (0) and B (1); scores cover all four τ cases and one plain score; the weights differ.
    private static final DixonColesLikelihood TWO_TEAMS = new DixonColesLikelihood(2,
            new int[] {0, 1, 0, 1, 0}, new int[] {1, 0, 1, 0, 1},
            new int[] {0, 0, 1, 1, 3}, new int[] {0, 1, 0, 1, 2},
            new double[] {1.0, 0.9, 0.8, 0.7, 0.6});
    private static final double[] THETA = {0.2, -0.1, 0.1, -0.3, 0.25, -0.12};

    @Test
    void valueIsTheWeightedFullPoissonLogLikelihoodPlusLogTau() {
        // One match, A v B 1-0 with weight 0.5 at attack_A 0.1, defence_B 0.2, home 0.3, attack_B −0.2, defence_A 0.0,
        // ρ −0.1: λh = e^0.6, λa = e^−0.2; log P(1; λh) = 0.6 − e^0.6, log P(0; λa) = −e^−0.2, τ(1,0) = 1 − 0.1 e^−0.2.
        DixonColesLikelihood one = new DixonColesLikelihood(2, new int[] {0}, new int[] {1}, new int[] {1},
                new int[] {0}, new double[] {0.5});
        double expected = 0.5 * (0.6 - Math.exp(0.6) - Math.exp(-0.2) + Math.log(1 - 0.1 * Math.exp(-0.2)));

        assertThat(one.value(new double[] {0.1, -0.2, 0.0, 0.2, 0.3, -0.1})).isCloseTo(expected, within(1e-14));
    }

    @Test
    void logFactorialsAreIncluded() {
        // A v B 3-2 at θ = 0, ρ = 0: λ = 1 each, log L = −1 − log 3! − 1 − log 2!.
        DixonColesLikelihood one = new DixonColesLikelihood(2, new int[] {0}, new int[] {1}, new int[] {3},
                new int[] {2}, new double[] {1});

        assertThat(one.value(new double[6])).isCloseTo(-2 - Math.log(6) - Math.log(2), within(1e-14));
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double[] gradient = new double[6];
        TWO_TEAMS.derivatives(THETA, gradient, new double[36]);

        for (int k = 0; k < 6; k++) {
            assertThat(gradient[k]).as("∂/∂θ%d", k).isCloseTo(numericPartial(k), within(1e-8));
        }
    }

    @Test
    void hessianMatchesFiniteDifferencesOfTheGradient() {
        double[] hessian = new double[36];
        TWO_TEAMS.derivatives(THETA, new double[6], hessian);

        double h = 1e-6;
        for (int k = 0; k < 6; k++) {
            double[] up = THETA.clone();
            double[] down = THETA.clone();
            up[k] += h;
            down[k] -= h;
            double[] gUp = new double[6];
            double[] gDown = new double[6];
            TWO_TEAMS.derivatives(up, gUp, new double[36]);
            TWO_TEAMS.derivatives(down, gDown, new double[36]);
            for (int i = 0; i < 6; i++) {
                assertThat(hessian[i * 6 + k]).as("∂²/∂θ%d∂θ%d", i, k).isCloseTo((gUp[i] - gDown[i]) / (2 * h), within(1e-7));
            }
        }
    }

    @Test
    void theBarriersDerivativesMatchFiniteDifferencesToo() {
        DixonColesLikelihood withBarrier = new DixonColesLikelihood(2, new int[] {0, 1}, new int[] {1, 0},
                new int[] {2, 0}, new int[] {1, 1}, new double[] {1.0, 0.5});
        withBarrier.barrier(0.3);
        double[] gradient = new double[6];
        double[] hessian = new double[36];
        withBarrier.derivatives(THETA, gradient, hessian);

        double h = 1e-6;
        for (int k = 0; k < 6; k++) {
            double[] up = THETA.clone();
            double[] down = THETA.clone();
            up[k] += h;
            down[k] -= h;
            assertThat(gradient[k]).isCloseTo((withBarrier.value(up) - withBarrier.value(down)) / (2 * h), within(1e-8));
            double[] gUp = new double[6];
            double[] gDown = new double[6];
            withBarrier.derivatives(up, gUp, new double[36]);
            withBarrier.derivatives(down, gDown, new double[36]);
            for (int i = 0; i < 6; i++) {
                assertThat(hessian[i * 6 + k]).isCloseTo((gUp[i] - gDown[i]) / (2 * h), within(1e-7));
            }
        }
    }

    @Test
    void aRhoWhereAnyMatchsLowScoreWouldGetANegativeTauHasNoLikelihood() {
        // The 3-2 match alone: at λh = e^0.9 ≈ 2.46, ρ = −0.5 gives its (unobserved) 0-1 score τ = 1 − 0.5 × 2.46 < 0.
        DixonColesLikelihood one = new DixonColesLikelihood(2, new int[] {0}, new int[] {1}, new int[] {3},
                new int[] {2}, new double[] {1});

        assertThat(one.value(new double[] {0.5, 0, 0, 0.4, 0, -0.5})).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(one.value(new double[] {0.5, 0, 0, 0.4, 0, -0.3})).isFinite();
    }

    @Test
    void aRhoThatMakesAnObservedTauNonPositiveHasNoLikelihood() {
        // τ(1,1) = 1 − ρ: ρ = 1 makes the 1-1 match impossible.
        double[] theta = THETA.clone();
        theta[5] = 1.0;

        assertThat(TWO_TEAMS.value(theta)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    private static double numericPartial(int k) {
        double h = 1e-6;
        double[] up = THETA.clone();
        double[] down = THETA.clone();
        up[k] += h;
        down[k] -= h;
        return (TWO_TEAMS.value(up) - TWO_TEAMS.value(down)) / (2 * h);
    }
}
