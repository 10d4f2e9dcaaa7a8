package com.monps.core.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted Dixon-Coles model: one attack and one defence per team (the attacks of each group of linked teams sum to
 * 0), the home advantage and ρ, with the weighted log-likelihood at the maximum. Immutable; {@link #predict} is
 * safe from any thread.
 */
public final class GoalModel {

    private final List<String> teams;
    private final Map<String, Integer> index;
    private final double[] attack;
    private final double[] defence;
    private final double homeAdvantage;
    private final double rho;
    private final double logLikelihood;
    private final int matches;
    private final LocalDate referenceDate;
    private final double xi;
    private final FitReport report;

    private GoalModel(WeightedMatches data, double[] theta, double logLikelihood, double xi, FitReport report) {
        int n = data.teams.size();
        this.teams = data.teams;
        this.index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(teams.get(i), i);
        }
        this.attack = java.util.Arrays.copyOfRange(theta, 0, n);
        this.defence = java.util.Arrays.copyOfRange(theta, n, 2 * n);
        this.homeAdvantage = theta[2 * n];
        this.rho = theta[2 * n + 1];
        this.logLikelihood = logLikelihood;
        this.matches = data.size();
        this.referenceDate = data.referenceDate;
        this.xi = xi;
        this.report = report;
    }

    static GoalModel fitted(WeightedMatches data, double[] theta, double logLikelihood, double xi, FitReport report) {
        return new GoalModel(data, theta, logLikelihood, xi, report);
    }

    /**
     * The score grid of a fixture between two fitted teams.
     *
     * @throws IllegalArgumentException if a team was not in the fitted matches, or the fixture's λs are so large that
     *                                  a low score would get {@code τ < 0}
     */
    public ScoreGrid predict(String homeTeam, String awayTeam) {
        return ScoreGrid.of(lambdaHome(homeTeam, awayTeam), lambdaAway(homeTeam, awayTeam), rho);
    }

    /** {@code λh = exp(home advantage + attack_home + defence_away)}. */
    public double lambdaHome(String homeTeam, String awayTeam) {
        return Math.exp(homeAdvantage + attack[indexOf(homeTeam)] + defence[indexOf(awayTeam)]);
    }

    /** {@code λa = exp(attack_away + defence_home)}. */
    public double lambdaAway(String homeTeam, String awayTeam) {
        return Math.exp(attack[indexOf(awayTeam)] + defence[indexOf(homeTeam)]);
    }

    public boolean knows(String team) {
        return index.containsKey(team);
    }

    public double attack(String team) {
        return attack[indexOf(team)];
    }

    public double defence(String team) {
        return defence[indexOf(team)];
    }

    /** The fitted teams, sorted by name. */
    public List<String> teams() {
        return teams;
    }

    public double homeAdvantage() {
        return homeAdvantage;
    }

    public double rho() {
        return rho;
    }

    /** The weighted log-likelihood {@code Σ w (log Poisson(x; λh) + log Poisson(y; λa) + log τ)} at the fit. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** How many matches were fitted. */
    public int matches() {
        return matches;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public double xi() {
        return xi;
    }

    public FitReport report() {
        return report;
    }

    private int indexOf(String team) {
        Integer i = index.get(team);
        if (i == null) {
            throw new IllegalArgumentException("team '" + team + "' is not among the " + teams.size()
                    + " teams of the fitted matches");
        }
        return i;
    }
}
