package com.monps.core.model;

import java.util.Locale;

/**
 * Maximises the Dixon-Coles likelihood by Newton's method on its analytic Hessian: with ~2n + 2 = 42 parameters a
 * dense Cholesky solve costs microseconds and the convergence is quadratic, so the fit ends at the maximum to the
 * last digits in a handful of iterations where a quasi-Newton method (penaltyblog's SLSQP, L-BFGS) needs dozens and
 * often stops short of it. Each step is damped until the Hessian is definite ({@link DampedCholesky}) and shortened
 * by backtracking until the objective falls enough (Armijo) and every fixture's low scores keep {@code τ > 0}.
 */
final class NewtonMaximiser {

    static final int MAX_ITERATIONS = 100;
    /** Largest |∂ objective / ∂θ_k| accepted at the maximum; the objective is a sum of ~400 terms of order 1. */
    static final double GRADIENT_TOLERANCE = 1e-8;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;
    private static final double ROUND_OFF = 1e-12;
    /** Full Newton steps in a row that leave the feasible range of ρ before the fit concludes the maximum is on its edge. */
    private static final int BLOCKED_STEPS_AT_EDGE = 3;

    private final DixonColesLikelihood likelihood;
    private final AttackSumConstraint constraint;
    private final int dimension;
    private final double[] gradient;
    private final double[] hessian;
    private final double[] step;
    private final double[] trial;
    private final DampedCholesky solver;
    private boolean stopAtEdge;
    private int blockedInARow;
    private int stepsTaken;

    NewtonMaximiser(DixonColesLikelihood likelihood, AttackSumConstraint constraint) {
        this.likelihood = likelihood;
        this.constraint = constraint;
        this.dimension = likelihood.dimension();
        this.gradient = new double[dimension];
        this.hessian = new double[dimension * dimension];
        this.step = new double[dimension];
        this.trial = new double[dimension];
        this.solver = new DampedCholesky(dimension);
    }

    /**
     * Moves θ (updated in place) to the maximum and returns the largest gradient component left there.
     *
     * @param stopAtEdge throw {@link RhoOnEdgeException} as soon as full steps keep leaving the feasible range of ρ
     * @throws ModelFitException if the start is infeasible, a step cannot be made or the iterations run out
     */
    double maximise(double[] theta, boolean stopAtEdge) {
        this.stopAtEdge = stopAtEdge;
        this.blockedInARow = 0;
        double objective = objective(theta);
        if (!Double.isFinite(objective)) {
            throw new ModelFitException("the starting point gives a low score τ ≤ 0 (ρ out of range)");
        }
        for (int iteration = 0; iteration <= MAX_ITERATIONS; iteration++) {
            objectiveDerivatives(theta);
            double norm = maxAbs(gradient);
            if (!Double.isFinite(norm)) {
                throw new ModelFitException("the gradient is not finite after " + iteration + " iterations");
            }
            if (norm < GRADIENT_TOLERANCE) {
                return norm;
            }
            if (iteration == MAX_ITERATIONS) {
                break;
            }
            for (int k = 0; k < dimension; k++) {
                gradient[k] = -gradient[k];
            }
            solver.solve(hessian, gradient, step);
            objective = lineSearch(theta, objective, norm, iteration);
            stepsTaken++;
        }
        String edge = edgeOfRho(theta);
        String message = String.format(Locale.ROOT, "no convergence in %d Newton iterations: largest gradient component "
                + "%.3g%s", MAX_ITERATIONS, maxAbs(gradient), edge);
        throw stopAtEdge && !edge.isEmpty() ? new RhoOnEdgeException(message) : new ModelFitException(message);
    }

    /** Why a fit can stop short: the maximum sits where some fixture's low score reaches τ = 0 (too few matches). */
    private String edgeOfRho(double[] theta) {
        double smallest = likelihood.smallestTau(theta);
        return smallest < 1e-3 ? String.format(Locale.ROOT, "; the maximum lies on the edge of the range of ρ where "
                + "every low score keeps τ > 0 (ρ = %.4f, smallest τ %.2g): too few matches to fit ρ", theta[likelihood.rhoIndex()], smallest) : "";
    }

    /** Newton steps taken by every {@link #maximise} call so far, those of runs that threw included. */
    int stepsTaken() {
        return stepsTaken;
    }

    /** Takes the longest of the steps 1, ½, ¼, ... that decreases the objective enough; returns the new objective. */
    private double lineSearch(double[] theta, double objective, double norm, int iteration) {
        double slope = 0;
        for (int k = 0; k < dimension; k++) {
            slope -= gradient[k] * step[k];
        }
        double length = 1;
        for (int halving = 0; halving < MAX_HALVINGS; halving++) {
            for (int k = 0; k < dimension; k++) {
                trial[k] = theta[k] + length * step[k];
            }
            double candidate = objective(trial);
            if (length == 1) {
                noteFullStep(candidate, iteration);
            }
            if (candidate <= objective + ARMIJO * length * slope || length == 1 && withinRoundOff(slope, objective, candidate)) {
                System.arraycopy(trial, 0, theta, 0, dimension);
                return candidate;
            }
            length /= 2;
        }
        String edge = edgeOfRho(theta);
        String message = String.format(Locale.ROOT,
                "the line search found no better point at iteration %d (largest gradient component %.3g)%s", iteration, norm, edge);
        throw stopAtEdge && !edge.isEmpty() ? new RhoOnEdgeException(message) : new ModelFitException(message);
    }

    private void noteFullStep(double candidate, int iteration) {
        blockedInARow = candidate == Double.POSITIVE_INFINITY ? blockedInARow + 1 : 0;
        if (stopAtEdge && blockedInARow >= BLOCKED_STEPS_AT_EDGE) {
            throw new RhoOnEdgeException("full Newton steps left the feasible range of ρ " + blockedInARow
                    + " times in a row by iteration " + iteration);
        }
    }

    /**
     * Next to the maximum the decrease a full Newton step promises ({@code −slope}, about gradient² / curvature) falls
     * below the rounding of the objective itself (~1e-13 of ~900): comparing values can no longer judge the step, but
     * the quadratic model is then at its most exact, so the step is taken as long as it stays feasible and does not
     * visibly increase the objective.
     */
    private static boolean withinRoundOff(double slope, double objective, double candidate) {
        double rounding = ROUND_OFF * Math.max(1, Math.abs(objective));
        return -slope < rounding && candidate <= objective + rounding;
    }

    /** The minimised objective: −log L plus the identifiability penalty; +∞ where τ ≤ 0. */
    private double objective(double[] theta) {
        double value = likelihood.value(theta);
        return value == Double.NEGATIVE_INFINITY || Double.isNaN(value) ? Double.POSITIVE_INFINITY
                : -value + constraint.penalty(theta);
    }

    private void objectiveDerivatives(double[] theta) {
        likelihood.derivatives(theta, gradient, hessian);
        for (int k = 0; k < dimension; k++) {
            gradient[k] = -gradient[k];
        }
        for (int k = 0; k < hessian.length; k++) {
            hessian[k] = -hessian[k];
        }
        constraint.addDerivatives(theta, gradient, hessian, dimension);
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
