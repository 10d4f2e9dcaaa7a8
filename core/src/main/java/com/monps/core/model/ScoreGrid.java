package com.monps.core.model;

import java.util.Locale;

/**
 * The probabilities of every score from 0-0 to 15-15 for one fixture: independent Poisson goals with the Dixon-Coles
 * τ applied to the four low scores, normalised to sum 1. Every market is priced from it.
 */
public final class ScoreGrid {

    /**
     * Goals a side the grid holds: 0..15, as the reference implementation's. The mass beyond is normalised away: it is
     * 1e-8 of a side at λ = 2.5 and 1e-5 at λ = 4.3 (the highest the shared seasons give).
     */
    public static final int SIZE = 16;

    private final double lambdaHome;
    private final double lambdaAway;
    private final double[] cells = new double[SIZE * SIZE];
    /** P(home − away = k) at index {@code k + SIZE − 1}, and P(home + away = k) at index k. */
    private final double[] difference = new double[2 * SIZE - 1];
    private final double[] total = new double[2 * SIZE - 1];

    private ScoreGrid(double lambdaHome, double lambdaAway, double rho) {
        this.lambdaHome = lambdaHome;
        this.lambdaAway = lambdaAway;
        double[] home = poisson(lambdaHome);
        double[] away = poisson(lambdaAway);
        double sum = 0;
        for (int h = 0; h < SIZE; h++) {
            for (int a = 0; a < SIZE; a++) {
                double p = home[h] * away[a] * Tau.of(h, a, lambdaHome, lambdaAway, rho);
                if (p < 0) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "λh %.3f, λa %.3f and ρ %.4f give the score %d-%d a negative τ", lambdaHome, lambdaAway, rho, h, a));
                }
                cells[h * SIZE + a] = p;
                sum += p;
            }
        }
        for (int h = 0; h < SIZE; h++) {
            for (int a = 0; a < SIZE; a++) {
                double p = cells[h * SIZE + a] / sum;
                cells[h * SIZE + a] = p;
                difference[h - a + SIZE - 1] += p;
                total[h + a] += p;
            }
        }
    }

    /**
     * @throws IllegalArgumentException if a λ is not positive and finite, or ρ makes a low score's τ negative
     */
    public static ScoreGrid of(double lambdaHome, double lambdaAway, double rho) {
        requireRate("lambdaHome", lambdaHome);
        requireRate("lambdaAway", lambdaAway);
        if (!Double.isFinite(rho)) {
            throw new IllegalArgumentException("rho must be finite, got " + rho);
        }
        return new ScoreGrid(lambdaHome, lambdaAway, rho);
    }

    public double lambdaHome() {
        return lambdaHome;
    }

    public double lambdaAway() {
        return lambdaAway;
    }

    /** P(the match ends {@code homeGoals}-{@code awayGoals}); 0 outside the grid. */
    public double correctScore(int homeGoals, int awayGoals) {
        if (homeGoals < 0 || awayGoals < 0) {
            throw new IllegalArgumentException("goals cannot be negative, got " + homeGoals + "-" + awayGoals);
        }
        return homeGoals < SIZE && awayGoals < SIZE ? cells[homeGoals * SIZE + awayGoals] : 0;
    }

    public double homeWin() {
        return sum(difference, SIZE, difference.length);
    }

    public double draw() {
        return difference[SIZE - 1];
    }

    public double awayWin() {
        return sum(difference, 0, SIZE - 1);
    }

    /** Draw no bet on the home side: the stake back on a draw, so the fair win probability is {@code pH / (pH + pA)}. */
    public double drawNoBetHome() {
        return homeWin() / (homeWin() + awayWin());
    }

    /** Both teams to score: {@code P(home ≥ 1 and away ≥ 1)}. */
    public double bothTeamsToScore() {
        double none = 0;
        for (int k = 0; k < SIZE; k++) {
            none += cells[k] + cells[k * SIZE];
        }
        return 1 - (none - cells[0]);
    }

    /** Over {@code line} total goals (any multiple of 0.25); {@link LineProbabilities#opposite()} is the under. */
    public LineProbabilities over(double line) {
        return GoalLines.settle(total, 0, -line, line);
    }

    /**
     * The home side at Asian handicap {@code line} (any multiple of 0.25, e.g. −0.75): the bet is settled on
     * {@code home goals − away goals + line}. The away side at the opposite line is {@link LineProbabilities#opposite()}.
     */
    public LineProbabilities asianHandicapHome(double line) {
        return GoalLines.settle(difference, -(SIZE - 1), line, line);
    }

    private static double sum(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** P(X = k) for k = 0..15 by the recurrence {@code P(k) = P(k − 1) λ / k}. */
    private static double[] poisson(double lambda) {
        double[] p = new double[SIZE];
        p[0] = Math.exp(-lambda);
        for (int k = 1; k < SIZE; k++) {
            p[k] = p[k - 1] * lambda / k;
        }
        return p;
    }

    private static void requireRate(String name, double lambda) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException(name + " must be a positive finite goal rate, got " + lambda);
        }
    }
}
