package com.monps.core.model;

/**
 * The range of ρ a fit must keep: every fixture between two fitted teams, played or not, must give its four low scores
 * {@code τ > 0}, or its score grid would be no distribution. Only the observed scores' τ enter the likelihood, so with
 * few matches the likelihood can rise without bound as ρ leaves this range; the maximum then lies on its edge, which
 * the log barrier {@code μ Σ_fixtures Σ_{low scores} log τ} lets the Newton iteration approach from inside.
 */
final class FixtureRange {

    private final int teams;

    FixtureRange(int teams) {
        this.teams = teams;
    }

    /** The smallest low-score τ over all n(n − 1) fixtures at θ; at most 0 outside the range. */
    double smallestTau(double[] theta) {
        double rho = theta[2 * teams + 1];
        double smallest = 1 - rho;
        for (int home = 0; home < teams; home++) {
            for (int away = 0; away < teams; away++) {
                if (home != away) {
                    double lambdaHome = lambdaHome(theta, home, away);
                    double lambdaAway = lambdaAway(theta, home, away);
                    smallest = Math.min(smallest, Math.min(1 - rho * lambdaHome * lambdaAway,
                            Math.min(1 + rho * lambdaHome, 1 + rho * lambdaAway)));
                }
            }
        }
        return smallest;
    }

    /** {@code Σ_fixtures Σ_{low scores} log τ}; −∞ outside the range. */
    double logBarrier(double[] theta) {
        double rho = theta[2 * teams + 1];
        double sum = 0;
        for (int home = 0; home < teams; home++) {
            for (int away = 0; away < teams; away++) {
                if (home != away) {
                    double lambdaHome = lambdaHome(theta, home, away);
                    double lambdaAway = lambdaAway(theta, home, away);
                    double product = 1;
                    for (int cell = 0; cell < 4; cell++) {
                        double tau = Tau.of(cell / 2, cell % 2, lambdaHome, lambdaAway, rho);
                        if (!(tau > 0)) {
                            return Double.NEGATIVE_INFINITY;
                        }
                        product *= tau;
                    }
                    sum += Math.log(product);
                }
            }
        }
        return sum;
    }

    /** Adds {@code mu ×} the barrier's gradient and Hessian. */
    void addBarrierDerivatives(double[] theta, double mu, LocalDerivatives local, double[] gradient, double[] hessian) {
        double rho = theta[2 * teams + 1];
        for (int home = 0; home < teams; home++) {
            for (int away = 0; away < teams; away++) {
                if (home != away) {
                    double lambdaHome = lambdaHome(theta, home, away);
                    double lambdaAway = lambdaAway(theta, home, away);
                    local.clear();
                    for (int cell = 0; cell < 4; cell++) {
                        local.addLogTau(cell / 2, cell % 2, lambdaHome, lambdaAway, rho, 1);
                    }
                    local.scatter(home, away, mu, gradient, hessian);
                }
            }
        }
    }

    private double lambdaHome(double[] theta, int home, int away) {
        return Math.exp(theta[2 * teams] + theta[home] + theta[teams + away]);
    }

    private double lambdaAway(double[] theta, int home, int away) {
        return Math.exp(theta[away] + theta[teams + home]);
    }
}
