package com.monps.core.model;

import java.util.Arrays;

/**
 * The time-weighted Dixon-Coles log-likelihood {@code Σ w (log Poisson(x; λh) + log Poisson(y; λa) + log τ)} of a set
 * of matches, with its analytic gradient and Hessian.
 *
 * <p>The parameter vector is {@code θ = (attack_0..attack_{n−1}, defence_0..defence_{n−1}, home advantage, ρ)}, with
 * {@code log λh = home + attack_home + defence_away} and {@code log λa = attack_away + defence_home}. Each match
 * depends on θ only through three local variables {@code (log λh, log λa, ρ)}: its derivatives are taken in those
 * and scattered onto the six parameters they involve, so one pass costs O(matches), not O(matches × parameters).
 */
final class DixonColesLikelihood {

    private static final int LOCAL = 3;
    private static final int ETA_HOME = 0;
    private static final int ETA_AWAY = 1;
    private static final int RHO = 2;
    /** Which local variable each of a match's six scattered parameters belongs to (see {@link #scatterIndices}). */
    private static final int[] LOCAL_OF_SCATTERED = {ETA_HOME, ETA_HOME, ETA_HOME, ETA_AWAY, ETA_AWAY, RHO};

    private final int teams;
    private final int[] home;
    private final int[] away;
    private final int[] homeGoals;
    private final int[] awayGoals;
    private final double[] weight;
    /** {@code Σ w (log x! + log y!)}: the part of the full Poisson terms that no parameter changes. */
    private final double logFactorialTerm;

    private final double[] localGradient = new double[LOCAL];
    private final double[] localHessian = new double[LOCAL * LOCAL];
    private final int[] scattered = new int[LOCAL_OF_SCATTERED.length];
    private final double[] coefficient = new double[LOCAL];
    private final double[] firstOfU = new double[LOCAL];

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

    /** The log-likelihood at θ, or −∞ where some observed low score would get {@code τ ≤ 0}. */
    double value(double[] theta) {
        double total = -logFactorialTerm;
        double rho = theta[rhoIndex()];
        for (int m = 0; m < weight.length; m++) {
            double etaHome = theta[homeAdvantageIndex()] + theta[home[m]] + theta[teams + away[m]];
            double etaAway = theta[away[m]] + theta[teams + home[m]];
            double lambdaHome = Math.exp(etaHome);
            double lambdaAway = Math.exp(etaAway);
            double tau = Tau.of(homeGoals[m], awayGoals[m], lambdaHome, lambdaAway, rho);
            if (!(tau > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            total += weight[m] * (homeGoals[m] * etaHome - lambdaHome + awayGoals[m] * etaAway - lambdaAway + Math.log(tau));
        }
        return total;
    }

    /**
     * Fills {@code gradient} (length {@link #dimension()}) and {@code hessian} (row-major, dimension²) with the
     * derivatives of the log-likelihood at θ, which must be a point where {@link #value} is finite.
     */
    void derivatives(double[] theta, double[] gradient, double[] hessian) {
        Arrays.fill(gradient, 0);
        Arrays.fill(hessian, 0);
        int dimension = dimension();
        for (int m = 0; m < weight.length; m++) {
            localDerivatives(m, theta);
            scatterIndices(m);
            for (int p = 0; p < scattered.length; p++) {
                int row = scattered[p];
                int localRow = LOCAL_OF_SCATTERED[p];
                gradient[row] += weight[m] * localGradient[localRow];
                for (int q = 0; q < scattered.length; q++) {
                    hessian[row * dimension + scattered[q]] += weight[m] * localHessian[localRow * LOCAL + LOCAL_OF_SCATTERED[q]];
                }
            }
        }
    }

    /** The parameters behind {@code log λh} (home advantage, home attack, away defence), {@code log λa} and ρ. */
    private void scatterIndices(int m) {
        scattered[0] = homeAdvantageIndex();
        scattered[1] = home[m];
        scattered[2] = teams + away[m];
        scattered[3] = away[m];
        scattered[4] = teams + home[m];
        scattered[5] = rhoIndex();
    }

    /**
     * Derivatives of one match's (unweighted) log-likelihood in {@code (ηh, ηa, ρ)} with {@code ηh = log λh}.
     * Poisson: {@code ∂/∂ηh = x − λh}, {@code ∂²/∂ηh² = −λh}. Every τ has the form {@code 1 + u} with
     * {@code u = s ρ m}: {@code m = λh λa, λh, λa, 1} and {@code s = −1, +1, +1, −1} for 0-0, 0-1, 1-0, 1-1; then
     * {@code ∂u/∂ηh = c_h u}, {@code ∂u/∂ρ = s m}, {@code ∂²u/∂ηh∂ηa = c_h c_a u}, {@code ∂²u/∂η∂ρ = c s m}, where
     * {@code c_h, c_a ∈ {0, 1}} say whether m contains λh, λa; and {@code ∂² log τ = (∂²u − ∂u ∂uᵀ / τ) / τ}.
     */
    private void localDerivatives(int m, double[] theta) {
        double rho = theta[rhoIndex()];
        double lambdaHome = Math.exp(theta[homeAdvantageIndex()] + theta[home[m]] + theta[teams + away[m]]);
        double lambdaAway = Math.exp(theta[away[m]] + theta[teams + home[m]]);
        int x = homeGoals[m];
        int y = awayGoals[m];
        Arrays.fill(localHessian, 0);
        localGradient[ETA_HOME] = x - lambdaHome;
        localGradient[ETA_AWAY] = y - lambdaAway;
        localGradient[RHO] = 0;
        localHessian[ETA_HOME * LOCAL + ETA_HOME] = -lambdaHome;
        localHessian[ETA_AWAY * LOCAL + ETA_AWAY] = -lambdaAway;
        if (x > 1 || y > 1) {
            return;
        }
        double containsHome = x == 0 ? 1 : 0;
        double containsAway = y == 0 ? 1 : 0;
        double sign = x == y ? -1 : 1;
        double factor = (x == 0 ? lambdaHome : 1) * (y == 0 ? lambdaAway : 1);
        double u = sign * rho * factor;
        double tau = 1 + u;
        localTau(containsHome, containsAway, u, sign * factor, tau);
    }

    /** Adds the derivatives of {@code log τ = log(1 + u)} to the local gradient and Hessian. */
    private void localTau(double containsHome, double containsAway, double u, double duDrho, double tau) {
        double[] c = coefficient;
        c[ETA_HOME] = containsHome;
        c[ETA_AWAY] = containsAway;
        c[RHO] = 0;
        double[] du = firstOfU;
        du[ETA_HOME] = containsHome * u;
        du[ETA_AWAY] = containsAway * u;
        du[RHO] = duDrho;
        for (int v = 0; v < LOCAL; v++) {
            localGradient[v] += du[v] / tau;
            for (int w = 0; w < LOCAL; w++) {
                double second = v == RHO && w == RHO ? 0 : v == RHO ? c[w] * duDrho
                        : w == RHO ? c[v] * duDrho : c[v] * c[w] * u;
                localHessian[v * LOCAL + w] += (second - du[v] * du[w] / tau) / tau;
            }
        }
    }
}
