package com.monps.core.model;

import java.util.Locale;

/**
 * The goal expectancies a market implies: the λh, λa whose score grid (with a given ρ) reproduces the market's
 * de-vigged home and away probabilities, and its over-2.5 probability when quoted (then in the least-squares sense:
 * three equations, two unknowns). Any other line can then be priced from the market alone, e.g. the closing market
 * translated to the line a bet was struck at.
 */
public final class ImpliedGoals {

    private static final int MAX_ITERATIONS = 100;
    private static final double STEP_TOLERANCE = 1e-12;
    private static final double DERIVATIVE_STEP = 1e-6;

    private ImpliedGoals() {
    }

    /** From a de-vigged 1X2 (home, draw, away summing to 1). */
    public static ScoreGrid fromMatchOdds(double home, double draw, double away, double rho) {
        return solve(new double[] {home, away}, Double.NaN, rho, home + draw + away);
    }

    /** From a de-vigged 1X2 and the de-vigged probability of over 2.5 goals. */
    public static ScoreGrid fromMatchOddsAndTotal(double home, double draw, double away, double over25, double rho) {
        if (!(over25 > 0 && over25 < 1)) {
            throw new IllegalArgumentException("over25 must be a probability strictly between 0 and 1, got " + over25);
        }
        return solve(new double[] {home, away}, over25, rho, home + draw + away);
    }

    /**
     * Gauss-Newton with Levenberg damping on {@code (log λh, log λa)}: each residual is smooth in the logs and the
     * Jacobian is taken by central differences of the grid (two unknowns: four extra grids an iteration).
     */
    private static ScoreGrid solve(double[] homeAway, double over25, double rho, double sum) {
        if (!(Math.abs(sum - 1) < 1e-6) || !(homeAway[0] > 0) || !(homeAway[1] > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "home, draw and away must be positive probabilities summing to 1, got home %s, away %s, sum %s",
                    homeAway[0], homeAway[1], sum));
        }
        double[] x = {Math.log(1.4), Math.log(1.1)};
        double damping = 1e-3;
        double error = squaredError(x, homeAway, over25, rho);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] r = residuals(x, homeAway, over25, rho);
            double[][] jacobian = jacobian(x, homeAway, over25, rho);
            double[] step = dampedStep(jacobian, r, damping);
            double[] trial = {x[0] + step[0], x[1] + step[1]};
            double trialError = squaredError(trial, homeAway, over25, rho);
            if (trialError < error) {
                x = trial;
                error = trialError;
                damping = Math.max(damping / 10, 1e-12);
                if (Math.abs(step[0]) + Math.abs(step[1]) < STEP_TOLERANCE) {
                    break;
                }
            } else {
                damping *= 10;
                if (damping > 1e12) {
                    break;
                }
            }
        }
        return grid(x, rho);
    }

    private static double[] dampedStep(double[][] j, double[] r, double damping) {
        // (JᵀJ + μ diag) δ = −Jᵀr, a 2 × 2 system.
        double a = 0;
        double b = 0;
        double c = 0;
        double g0 = 0;
        double g1 = 0;
        for (int i = 0; i < r.length; i++) {
            a += j[i][0] * j[i][0];
            b += j[i][0] * j[i][1];
            c += j[i][1] * j[i][1];
            g0 += j[i][0] * r[i];
            g1 += j[i][1] * r[i];
        }
        a *= 1 + damping;
        c *= 1 + damping;
        double determinant = a * c - b * b;
        return new double[] {-(c * g0 - b * g1) / determinant, -(a * g1 - b * g0) / determinant};
    }

    private static double[][] jacobian(double[] x, double[] homeAway, double over25, double rho) {
        int rows = Double.isNaN(over25) ? 2 : 3;
        double[][] j = new double[rows][2];
        for (int k = 0; k < 2; k++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[k] += DERIVATIVE_STEP;
            down[k] -= DERIVATIVE_STEP;
            double[] rUp = residuals(up, homeAway, over25, rho);
            double[] rDown = residuals(down, homeAway, over25, rho);
            for (int i = 0; i < rows; i++) {
                j[i][k] = (rUp[i] - rDown[i]) / (2 * DERIVATIVE_STEP);
            }
        }
        return j;
    }

    private static double squaredError(double[] x, double[] homeAway, double over25, double rho) {
        double sum = 0;
        for (double r : residuals(x, homeAway, over25, rho)) {
            sum += r * r;
        }
        return sum;
    }

    private static double[] residuals(double[] x, double[] homeAway, double over25, double rho) {
        ScoreGrid grid = grid(x, rho);
        double home = grid.homeWin() - homeAway[0];
        double away = grid.awayWin() - homeAway[1];
        return Double.isNaN(over25) ? new double[] {home, away} : new double[] {home, away, grid.over(2.5).win() - over25};
    }

    private static ScoreGrid grid(double[] x, double rho) {
        return ScoreGrid.of(Math.exp(x[0]), Math.exp(x[1]), rho);
    }
}
