package com.monps.core.model;

import java.util.Arrays;

/**
 * The time-weighted Dixon-Coles log-likelihood {@code Σ w (log Poisson(x; λh) + log Poisson(y; λa) + log τ)} of a set
 * of matches, with its analytic gradient and Hessian, on the range of ρ where every fixture's grid is a distribution
 * ({@link FixtureRange}).
 *
 * <p>The parameter vector is {@code θ = (attack_0..attack_{n−1}, defence_0..defence_{n−1}, home advantage, ρ)}. Each
 * match depends on θ only through {@code (log λh, log λa, ρ)}: its derivatives are taken in those and scattered onto
 * the six parameters they involve ({@link LocalDerivatives}), so one pass costs O(matches), not O(matches × parameters).
 */
final class DixonColesLikelihood {

    private final int teams;
    private final int[] home;
    private final int[] away;
    private final int[] homeGoals;
    private final int[] awayGoals;
    private final double[] weight;
    /** {@code Σ w (log x! + log y!)}: the part of the full Poisson terms that no parameter changes. */
    private final double logFactorialTerm;
    private final FixtureRange range;
    private final LocalDerivatives local;
    /** μ of the log barrier of {@link FixtureRange} while the maximum is sought on its edge; 0 otherwise. */
    private double barrier;

    DixonColesLikelihood(int teams, int[] home, int[] away, int[] homeGoals, int[] awayGoals, double[] weight) {
        this.teams = teams;
        this.home = home;
        this.away = away;
        this.homeGoals = homeGoals;
        this.awayGoals = awayGoals;
        this.weight = weight;
        double constant = 0;
        for (int m = 0; m < weight.length; m++) {
            constant += weight[m] * (LogFactorial.of(homeGoals[m]) + LogFactorial.of(awayGoals[m]));
        }
        this.logFactorialTerm = constant;
        this.range = new FixtureRange(teams);
        this.local = new LocalDerivatives(teams);
    }

    void barrier(double mu) {
        this.barrier = mu;
    }

    int dimension() {
        return 2 * teams + 2;
    }

    int homeAdvantageIndex() {
        return 2 * teams;
    }

    int rhoIndex() {
        return 2 * teams + 1;
    }

    /** The smallest low-score τ of any fixture at θ. */
    double smallestTau(double[] theta) {
        return range.smallestTau(theta);
    }

    /** The log-likelihood at θ (plus μ × the barrier while one is set), or −∞ outside the range of ρ. */
    double value(double[] theta) {
        // Without a barrier only the sign of the smallest τ matters, which needs no logarithms.
        double barrierTerm = barrier > 0 ? barrier * range.logBarrier(theta) : range.smallestTau(theta) > 0 ? 0 : Double.NEGATIVE_INFINITY;
        if (barrierTerm == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double total = -logFactorialTerm + barrierTerm;
        double rho = theta[rhoIndex()];
        for (int m = 0; m < weight.length; m++) {
            double etaHome = theta[homeAdvantageIndex()] + theta[home[m]] + theta[teams + away[m]];
            double etaAway = theta[away[m]] + theta[teams + home[m]];
            double lambdaHome = Math.exp(etaHome);
            double lambdaAway = Math.exp(etaAway);
            double tau = Tau.of(homeGoals[m], awayGoals[m], lambdaHome, lambdaAway, rho);
            total += weight[m] * (homeGoals[m] * etaHome - lambdaHome + awayGoals[m] * etaAway - lambdaAway + Math.log(tau));
        }
        return total;
    }

    /**
     * Fills {@code gradient} (length {@link #dimension()}) and {@code hessian} (row-major, dimension²) with the
     * derivatives of {@link #value} at θ, which must be inside the range of ρ.
     */
    void derivatives(double[] theta, double[] gradient, double[] hessian) {
        Arrays.fill(gradient, 0);
        Arrays.fill(hessian, 0);
        double rho = theta[rhoIndex()];
        for (int m = 0; m < weight.length; m++) {
            double lambdaHome = Math.exp(theta[homeAdvantageIndex()] + theta[home[m]] + theta[teams + away[m]]);
            double lambdaAway = Math.exp(theta[away[m]] + theta[teams + home[m]]);
            local.clear();
            local.addPoisson(homeGoals[m], awayGoals[m], lambdaHome, lambdaAway);
            if (homeGoals[m] <= 1 && awayGoals[m] <= 1) {
                local.addLogTau(homeGoals[m], awayGoals[m], lambdaHome, lambdaAway, rho, 1);
            }
            local.scatter(home[m], away[m], weight[m], gradient, hessian);
        }
        if (barrier > 0) {
            range.addBarrierDerivatives(theta, barrier, local, gradient, hessian);
        }
    }
}
