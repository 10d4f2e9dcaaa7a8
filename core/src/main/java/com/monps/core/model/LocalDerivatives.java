package com.monps.core.model;

import java.util.Arrays;

/**
 * Derivatives of one fixture's log-likelihood terms in its three local variables {@code (ηh, ηa, ρ)} with
 * {@code ηh = log λh = home + attack_home + defence_away} and {@code ηa = log λa = attack_away + defence_home},
 * scattered onto the six parameters they involve. Working arrays are reused: one instance per fit.
 *
 * <p>Poisson: {@code ∂/∂ηh = x − λh}, {@code ∂²/∂ηh² = −λh}. Every τ has the form {@code 1 + u} with
 * {@code u = s ρ m}: {@code m = λh λa, λh, λa, 1} and {@code s = −1, +1, +1, −1} for 0-0, 0-1, 1-0, 1-1; then
 * {@code ∂u/∂ηh = c_h u}, {@code ∂u/∂ρ = s m}, {@code ∂²u/∂ηh∂ηa = c_h c_a u}, {@code ∂²u/∂η∂ρ = c s m}, where
 * {@code c_h, c_a ∈ {0, 1}} say whether m contains λh, λa; and {@code ∂² log τ = (∂²u − ∂u ∂uᵀ / τ) / τ}.
 */
final class LocalDerivatives {

    private static final int LOCAL = 3;
    private static final int ETA_HOME = 0;
    private static final int ETA_AWAY = 1;
    private static final int RHO = 2;
    /** Which local variable each of the six scattered parameters belongs to (see {@link #scatter}). */
    private static final int[] LOCAL_OF_SCATTERED = {ETA_HOME, ETA_HOME, ETA_HOME, ETA_AWAY, ETA_AWAY, RHO};

    private final int teams;
    private final double[] gradient = new double[LOCAL];
    private final double[] hessian = new double[LOCAL * LOCAL];
    private final int[] scattered = new int[LOCAL_OF_SCATTERED.length];
    private final double[] coefficient = new double[LOCAL];
    private final double[] firstOfU = new double[LOCAL];

    LocalDerivatives(int teams) {
        this.teams = teams;
    }

    void clear() {
        Arrays.fill(gradient, 0);
        Arrays.fill(hessian, 0);
    }

    void addPoisson(int x, int y, double lambdaHome, double lambdaAway) {
        gradient[ETA_HOME] += x - lambdaHome;
        gradient[ETA_AWAY] += y - lambdaAway;
        hessian[ETA_HOME * LOCAL + ETA_HOME] -= lambdaHome;
        hessian[ETA_AWAY * LOCAL + ETA_AWAY] -= lambdaAway;
    }

    /** Adds {@code scale ×} the derivatives of the log τ of the low score x-y (x, y ∈ {0, 1}). */
    void addLogTau(int x, int y, double lambdaHome, double lambdaAway, double rho, double scale) {
        double[] c = coefficient;
        c[ETA_HOME] = x == 0 ? 1 : 0;
        c[ETA_AWAY] = y == 0 ? 1 : 0;
        c[RHO] = 0;
        double sign = x == y ? -1 : 1;
        double factor = (x == 0 ? lambdaHome : 1) * (y == 0 ? lambdaAway : 1);
        double u = sign * rho * factor;
        double tau = 1 + u;
        double duDrho = sign * factor;
        double[] du = firstOfU;
        du[ETA_HOME] = c[ETA_HOME] * u;
        du[ETA_AWAY] = c[ETA_AWAY] * u;
        du[RHO] = duDrho;
        for (int v = 0; v < LOCAL; v++) {
            gradient[v] += scale * du[v] / tau;
            for (int w = 0; w < LOCAL; w++) {
                double second = v == RHO && w == RHO ? 0 : v == RHO ? c[w] * duDrho
                        : w == RHO ? c[v] * duDrho : c[v] * c[w] * u;
                hessian[v * LOCAL + w] += scale * (second - du[v] * du[w] / tau) / tau;
            }
        }
    }

    /**
     * Adds {@code weight ×} the local derivatives onto θ's gradient and row-major Hessian: {@code ηh} onto home
     * advantage, the home attack and the away defence; {@code ηa} onto the away attack and the home defence.
     */
    void scatter(int homeTeam, int awayTeam, double weight, double[] thetaGradient, double[] thetaHessian) {
        int dimension = 2 * teams + 2;
        scattered[0] = 2 * teams;
        scattered[1] = homeTeam;
        scattered[2] = teams + awayTeam;
        scattered[3] = awayTeam;
        scattered[4] = teams + homeTeam;
        scattered[5] = 2 * teams + 1;
        for (int p = 0; p < scattered.length; p++) {
            int row = scattered[p];
            int localRow = LOCAL_OF_SCATTERED[p];
            thetaGradient[row] += weight * gradient[localRow];
            for (int q = 0; q < scattered.length; q++) {
                thetaHessian[row * dimension + scattered[q]] += weight * hessian[localRow * LOCAL + LOCAL_OF_SCATTERED[q]];
            }
        }
    }
}
