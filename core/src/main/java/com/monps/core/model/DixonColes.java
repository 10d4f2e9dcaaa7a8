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
        double[] theta = start(data, likelihood, previous);
        NewtonMaximiser.Outcome outcome = new NewtonMaximiser(likelihood, new AttackSumConstraint(data.groups())).maximise(theta);
        double millis = (System.nanoTime() - started) / 1e6;
        return GoalModel.fitted(data, theta, likelihood.value(theta), options.xi(),
                new FitReport(true, outcome.iterations(), millis, outcome.gradientNorm()));
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
