package com.monps.core.model;

import java.util.List;

/**
 * Fits the time-weighted Dixon-Coles goal model by maximum weighted likelihood ({@link DixonColesLikelihood},
 * {@link NewtonMaximiser}). A fit either reaches the maximum or throws {@link ModelFitException} with the reason.
 */
public final class DixonColes {

    private DixonColes() {
    }

    /** A fit from a neutral start: attacks 0, every defence at the log of the mean away goals, ρ = 0. */
    public static GoalModel fit(List<PlayedMatch> matches, FitOptions options) {
        return fit(matches, options, null);
    }

    /**
     * A fit started from a previous one (a walk-forward refit after one more match day converges in 2-3 Newton
     * iterations instead of 6-8); teams the previous fit did not know start neutral. {@code previous} may be null.
     */
    public static GoalModel fit(List<PlayedMatch> matches, FitOptions options, GoalModel previous) {
        long started = System.nanoTime();
        WeightedMatches data = WeightedMatches.of(matches, options);
        DixonColesLikelihood likelihood = new DixonColesLikelihood(data.teams.size(), data.home, data.away,
                data.homeGoals, data.awayGoals, data.weight);
        // A previous fit on the edge of ρ starts the next one next to τ = 0, where its first full steps leave the range
        // and it takes the barrier's long way even when the new maximum is inside: such a fit starts neutral.
        double[] theta = start(data, likelihood, previous == null || previous.report().rhoOnEdge() ? null : previous);
        NewtonMaximiser newton = new NewtonMaximiser(likelihood, new AttackSumConstraint(data.groups()));
        double gradientNorm;
        boolean onEdge;
        try {
            gradientNorm = newton.maximise(theta, true);
            onEdge = false;
        } catch (RhoOnEdgeException e) {
            // From the neutral start, not from a warm one: a previous fit on the edge would start the barrier's first
            // stage next to τ = 0, where it takes many short steps back inside.
            System.arraycopy(start(data, likelihood, null), 0, theta, 0, theta.length);
            gradientNorm = maximiseWithBarrier(newton, likelihood, theta);
            onEdge = !polish(newton, theta);
        }
        double millis = (System.nanoTime() - started) / 1e6;
        return GoalModel.fitted(data, theta, likelihood.value(theta), options.xi(),
                new FitReport(true, newton.stepsTaken(), millis, gradientNorm, onEdge));
    }

    /**
     * The maximum on the edge of the feasible range of ρ (few matches: the likelihood still rises where some fixture's
     * low score would reach τ = 0), by an interior-point continuation: maximise {@code log L + μ Σ_fixtures Σ log τ}
     * for μ = 10⁻¹ ... 10⁻⁶, each from the previous. The barrier keeps every step inside, and the last one is within
     * about 10⁻⁶ × 4 × fixtures of the constrained maximum's likelihood. Returns the last stage's gradient norm.
     */
    private static double maximiseWithBarrier(NewtonMaximiser newton, DixonColesLikelihood likelihood, double[] theta) {
        double gradientNorm = Double.NaN;
        for (double mu = 1e-1; mu >= 0.99e-6; mu /= 10) {
            likelihood.barrier(mu);
            gradientNorm = newton.maximise(theta, false);
        }
        likelihood.barrier(0);
        return gradientNorm;
    }

    /**
     * A plain Newton run from the barrier's point: it converges when the maximum is inside after all (the first run
     * only overshot early) and θ is then the exact maximum; otherwise θ keeps the barrier's point. True when inside.
     */
    private static boolean polish(NewtonMaximiser newton, double[] theta) {
        double[] barrierPoint = theta.clone();
        try {
            newton.maximise(theta, true);
            return true;
        } catch (ModelFitException e) {
            System.arraycopy(barrierPoint, 0, theta, 0, theta.length);
            return false;
        }
    }

    private static double[] start(WeightedMatches data, DixonColesLikelihood likelihood, GoalModel previous) {
        int n = data.teams.size();
        double[] theta = new double[likelihood.dimension()];
        double neutralDefence = Math.log(data.meanAwayGoals());
        for (int i = 0; i < n; i++) {
            String team = data.teams.get(i);
            boolean known = previous != null && previous.knows(team);
            theta[i] = known ? previous.attack(team) : 0;
            theta[n + i] = known ? previous.defence(team) : neutralDefence;
        }
        theta[likelihood.homeAdvantageIndex()] = previous != null ? previous.homeAdvantage()
                : Math.log(data.meanHomeGoals() / data.meanAwayGoals());
        theta[likelihood.rhoIndex()] = previous != null ? previous.rho() : 0;
        if (likelihood.value(theta) == Double.NEGATIVE_INFINITY) {
            theta[likelihood.rhoIndex()] = 0; // τ = 1 for every score: always feasible
        }
        return theta;
    }
}
