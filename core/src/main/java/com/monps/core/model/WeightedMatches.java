package com.monps.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The matches a fit uses, as arrays: team indices (teams sorted by name), goals and time weights
 * {@code exp(−ξ d)} with d the whole days from the match's day to the reference date.
 */
final class WeightedMatches {

    /** How many teams without a goal for or against an error names before it counts the rest. */
    private static final int NAMED_PROBLEMS = 5;

    final List<String> teams;
    final int[] home;
    final int[] away;
    final int[] homeGoals;
    final int[] awayGoals;
    final double[] weight;
    final LocalDate referenceDate;

    private WeightedMatches(List<String> teams, List<PlayedMatch> used, LocalDate referenceDate, double xi) {
        this.teams = teams;
        this.referenceDate = referenceDate;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            index.put(teams.get(i), i);
        }
        int count = used.size();
        home = new int[count];
        away = new int[count];
        homeGoals = new int[count];
        awayGoals = new int[count];
        weight = new double[count];
        for (int m = 0; m < count; m++) {
            PlayedMatch match = used.get(m);
            home[m] = index.get(match.homeTeam());
            away[m] = index.get(match.awayTeam());
            homeGoals[m] = match.homeGoals();
            awayGoals[m] = match.awayGoals();
            weight[m] = Math.exp(-xi * ChronoUnit.DAYS.between(match.date(), referenceDate));
        }
    }

    /**
     * @throws IllegalArgumentException if no match is left to fit
     * @throws ModelFitException        if a team never scored or never conceded (its rating would be −∞)
     */
    static WeightedMatches of(List<PlayedMatch> matches, FitOptions options) {
        List<PlayedMatch> used = options.asOf()
                .map(day -> matches.stream().filter(m -> m.date().isBefore(day)).toList())
                .orElse(matches);
        if (used.isEmpty()) {
            throw new IllegalArgumentException("no played match to fit" + options.asOf().map(d -> " before " + d).orElse(""));
        }
        LocalDate reference = options.asOf().orElseGet(
                () -> used.stream().map(PlayedMatch::date).max(LocalDate::compareTo).orElseThrow());
        TreeSet<String> names = new TreeSet<>();
        used.forEach(m -> {
            names.add(m.homeTeam());
            names.add(m.awayTeam());
        });
        WeightedMatches data = new WeightedMatches(List.copyOf(names), used, reference, options.xi());
        data.requireGoalsForAndAgainst();
        return data;
    }

    int size() {
        return weight.length;
    }

    double meanHomeGoals() {
        return Math.max(Arrays.stream(homeGoals).average().orElse(1), 0.1);
    }

    double meanAwayGoals() {
        return Math.max(Arrays.stream(awayGoals).average().orElse(1), 0.1);
    }

    /** The group of each team: teams are in one group when a chain of matches links them (union-find). */
    int[] groups() {
        int[] parent = new int[teams.size()];
        Arrays.setAll(parent, i -> i);
        for (int m = 0; m < size(); m++) {
            parent[root(parent, home[m])] = root(parent, away[m]);
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        int[] group = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            group[i] = numbers.computeIfAbsent(root(parent, i), r -> numbers.size());
        }
        return group;
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    private void requireGoalsForAndAgainst() {
        int[] scored = new int[teams.size()];
        int[] conceded = new int[teams.size()];
        for (int m = 0; m < size(); m++) {
            scored[home[m]] += homeGoals[m];
            scored[away[m]] += awayGoals[m];
            conceded[home[m]] += awayGoals[m];
            conceded[away[m]] += homeGoals[m];
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < scored.length; i++) {
            if (scored[i] == 0 || conceded[i] == 0) {
                problems.add(teams.get(i) + (scored[i] == 0 ? " never scored" : " never conceded"));
            }
        }
        if (!problems.isEmpty()) {
            // a league of goalless test data or a fresh start names hundreds of teams: the reason, not a page of names
            String named = String.join(", ", problems.subList(0, Math.min(problems.size(), NAMED_PROBLEMS)));
            String more = problems.size() > NAMED_PROBLEMS ? " and " + (problems.size() - NAMED_PROBLEMS) + " more teams" : "";
            throw new ModelFitException("no finite maximum: " + named + more + " in the matches fitted");
        }
    }
}
