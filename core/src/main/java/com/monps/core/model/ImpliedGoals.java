package com.monps.core.model;

import java.util.Locale;

/**
 * The goal expectancies a market implies, so that any other line can be priced from the market alone (e.g. the closing
 * market translated to the line a bet was struck at).
 * <ul>
 *   <li>From a de-vigged 1X2 alone ({@link #fromMatchOdds}): two independent equations (home, away; the draw is the
 *       rest), so two unknowns λh, λa, with ρ given.</li>
 *   <li>From a de-vigged 1X2 and over/under 2.5 ({@link #fromMatchOddsAndTotal}): three equations, three unknowns
 *       λh, λa and ρ, solved exactly. The total is what pins ρ down: with the 1X2 fixed, a more negative ρ moves mass
 *       to 0-0 and 1-1, so the λs must rise to keep the home and away probabilities, and the under 2.5 changes.</li>
 * </ul>
 * Method: Newton's method on the residuals (grid − market) in {@code (log λh, log λa[, ρ])}, the Jacobian by central
 * differences of the grid, each step halved until the sum of squared residuals falls and every low score keeps
 * {@code τ > 0}; with the total, from the λs the 1X2 implies at ρ = 0.
 * Converged when the largest residual is below {@link #TOLERANCE}; otherwise (no step that improves, or
 * {@link #MAX_ITERATIONS}) {@link ImpliedGoalsException} says how close it came, never silent numbers.
 *
 * @param grid        the score grid of the solution (its λs via {@link ScoreGrid#lambdaHome()}, {@link ScoreGrid#lambdaAway()})
 * @param rho         the Dixon-Coles ρ of the grid: solved, or the one given
 * @param rhoSolved   whether ρ was solved from the total (true) or given (false)
 * @param iterations  Newton iterations taken
 * @param maxResidual the largest |grid probability − market probability| at the solution
 */
public record ImpliedGoals(ScoreGrid grid, double rho, boolean rhoSolved, int iterations, double maxResidual) {

    /** Largest residual accepted: far below the 6-decimal precision fair probabilities are stored with. */
    public static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 50;
    private static final int MAX_HALVINGS = 40;
    private static final double DERIVATIVE_STEP = 1e-6;

    /**
     * @param home, draw, away a de-vigged 1X2, positive and summing to 1
     * @param rho  the ρ of the grid (0 for independent Poisson goals)
     * @throws IllegalArgumentException if the probabilities are not a 1X2
     * @throws ImpliedGoalsException    if no λh, λa reproduce them
     */
    public static ImpliedGoals fromMatchOdds(double home, double draw, double away, double rho) {
        requireMatchOdds(home, draw, away);
        if (!Double.isFinite(rho)) {
            throw new IllegalArgumentException("rho must be finite, got " + rho);
        }
        return new Solver(new double[] {home, away}, Double.NaN, rho).solve(null);
    }

    /**
     * @param over25 the de-vigged probability of over 2.5 goals
     * @throws IllegalArgumentException if the probabilities are not a 1X2 and a probability
     * @throws ImpliedGoalsException    if no λh, λa, ρ (with every τ > 0) reproduce all three
     */
    public static ImpliedGoals fromMatchOddsAndTotal(double home, double draw, double away, double over25) {
        requireMatchOdds(home, draw, away);
        if (!(over25 > 0 && over25 < 1)) {
            throw new IllegalArgumentException("over25 must be a probability strictly between 0 and 1, got " + over25);
        }
        // Start from the λs of the 1X2 at ρ = 0: from the fixed start alone a lopsided match (4 % home, 81 % over 2.5)
        // went astray in ρ; from there at most four iterations on every shared season.
        ImpliedGoals start = new Solver(new double[] {home, away}, Double.NaN, 0).solve(null);
        return new Solver(new double[] {home, away}, over25, 0)
                .solve(new double[] {Math.log(start.lambdaHome()), Math.log(start.lambdaAway()), 0});
    }

    public double lambdaHome() {
        return grid.lambdaHome();
    }

    public double lambdaAway() {
        return grid.lambdaAway();
    }

    private static void requireMatchOdds(double home, double draw, double away) {
        if (!(home > 0 && draw > 0 && away > 0) || !(Math.abs(home + draw + away - 1) < 1e-6)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "home, draw and away must be positive probabilities summing to 1, got %s, %s, %s (sum %s)",
                    home, draw, away, home + draw + away));
        }
    }

    /** One solve: the unknowns are {@code x = (log λh, log λa)} and, when a total is given, {@code ρ} as x[2]. */
    private static final class Solver {

        private final double[] homeAway;
        private final double over25;
        private final double fixedRho;
        private final int n;

        Solver(double[] homeAway, double over25, double fixedRho) {
            this.homeAway = homeAway;
            this.over25 = over25;
            this.fixedRho = fixedRho;
            this.n = Double.isNaN(over25) ? 2 : 3;
        }

        /** @param start the starting point, or null for λh 1.4, λa 1.1 (ρ 0) */
        ImpliedGoals solve(double[] start) {
            double[] x = start != null ? start.clone()
                    : n == 2 ? new double[] {Math.log(1.4), Math.log(1.1)} : new double[] {Math.log(1.4), Math.log(1.1), 0};
            double[] r = residuals(x);
            double worst = maxAbs(r);
            double merit = sumOfSquares(r);
            for (int iteration = 0; iteration <= MAX_ITERATIONS; iteration++) {
                if (worst < TOLERANCE) {
                    return new ImpliedGoals(grid(x), rho(x), n == 3, iteration, worst);
                }
                if (iteration == MAX_ITERATIONS) {
                    break;
                }
                double[] step = newtonStep(x, r);
                if (step == null) {
                    throw failure("a singular Jacobian at", x, worst);
                }
                double scale = 1;
                double[] trial = null;
                double[] trialResiduals = null;
                for (int halving = 0; halving < MAX_HALVINGS; halving++, scale /= 2) {
                    double[] candidate = new double[n];
                    for (int k = 0; k < n; k++) {
                        candidate[k] = x[k] + scale * step[k];
                    }
                    double[] candidateResiduals = feasible(candidate) ? residuals(candidate) : null;
                    // The Newton direction lowers the sum of squares (not always the largest residual) for a short step.
                    if (candidateResiduals != null && sumOfSquares(candidateResiduals) < merit) {
                        trial = candidate;
                        trialResiduals = candidateResiduals;
                        break;
                    }
                }
                if (trial == null) {
                    throw failure("no step improves on", x, worst);
                }
                x = trial;
                r = trialResiduals;
                worst = maxAbs(r);
                merit = sumOfSquares(r);
            }
            throw failure(MAX_ITERATIONS + " iterations end at", x, worst);
        }

        private ImpliedGoalsException failure(String what, double[] x, double worst) {
            String target = String.format(Locale.ROOT, "home %.6f, away %.6f", homeAway[0], homeAway[1])
                    + (n == 3 ? String.format(Locale.ROOT, " and over 2.5 %.6f", over25) : "");
            return new ImpliedGoalsException(String.format(Locale.ROOT,
                    "no goal expectancies reproduce %s%s: %s λh %.4f, λa %.4f, ρ %.4f, missing by %.2e", target,
                    n == 3 ? " with every low score's τ > 0" : String.format(Locale.ROOT, " at ρ %.4f", fixedRho),
                    what, Math.exp(x[0]), Math.exp(x[1]), rho(x), worst));
        }

        private double[] newtonStep(double[] x, double[] r) {
            double[][] jacobian = new double[n][n];
            for (int k = 0; k < n; k++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[k] += DERIVATIVE_STEP;
                down[k] -= DERIVATIVE_STEP;
                // A central difference needs both sides feasible; at the edge of ρ's range take the one-sided one.
                double[] rUp = feasible(up) ? residuals(up) : r;
                double[] rDown = feasible(down) ? residuals(down) : r;
                double width = (rUp == r ? 0 : DERIVATIVE_STEP) + (rDown == r ? 0 : DERIVATIVE_STEP);
                if (width == 0) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    jacobian[i][k] = (rUp[i] - rDown[i]) / width;
                }
            }
            double[] minusR = new double[n];
            for (int i = 0; i < n; i++) {
                minusR[i] = -r[i];
            }
            return SmallLinearSystem.solve(jacobian, minusR);
        }

        /** Every low score keeps {@code τ > 0}: the grid is a distribution (see {@link Tau}). */
        private boolean feasible(double[] x) {
            double lh = Math.exp(x[0]);
            double la = Math.exp(x[1]);
            double rho = rho(x);
            return Double.isFinite(lh) && Double.isFinite(la) && lh > 0 && la > 0
                    && 1 - rho * lh * la > 0 && 1 + rho * lh > 0 && 1 + rho * la > 0 && 1 - rho > 0;
        }

        private double[] residuals(double[] x) {
            ScoreGrid grid = grid(x);
            double home = grid.homeWin() - homeAway[0];
            double away = grid.awayWin() - homeAway[1];
            return n == 2 ? new double[] {home, away} : new double[] {home, away, grid.over(2.5).win() - over25};
        }

        private double rho(double[] x) {
            return n == 3 ? x[2] : fixedRho;
        }

        private ScoreGrid grid(double[] x) {
            return ScoreGrid.of(Math.exp(x[0]), Math.exp(x[1]), rho(x));
        }

        private static double sumOfSquares(double[] values) {
            double sum = 0;
            for (double v : values) {
                sum += v * v;
            }
            return Double.isNaN(sum) ? Double.POSITIVE_INFINITY : sum;
        }

        private static double maxAbs(double[] values) {
            double max = 0;
            for (double v : values) {
                max = Math.max(max, Math.abs(v));
            }
            return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
        }
    }
}
