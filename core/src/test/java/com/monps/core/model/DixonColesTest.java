package com.monps.core.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The fit's behaviour on a small league whose every score is written out. */
class DixonColesTest {

    private static final LocalDate START = LocalDate.of(2024, 8, 10);
    /** Four teams, home and away against each other, a week apart: every low score occurs. */
    private static final List<PlayedMatch> LEAGUE = league("A", "B", "C", "D");

    @Test
    void convergesAndReportsIt() {
        GoalModel model = DixonColes.fit(LEAGUE, FitOptions.DEFAULT);

        assertThat(model.report().converged()).isTrue();
        assertThat(model.report().iterations()).isBetween(2, 15);
        assertThat(model.report().gradientNorm()).isLessThan(NewtonMaximiser.GRADIENT_TOLERANCE);
        assertThat(model.matches()).isEqualTo(12);
        assertThat(model.referenceDate()).isEqualTo(START.plusWeeks(11));
        assertThat(model.teams()).containsExactly("A", "B", "C", "D");
        assertThat(model.teams().stream().mapToDouble(model::attack).sum()).isCloseTo(0, within(1e-9));
    }

    @Test
    void asOfUsesOnlyEarlierMatchesAndScalesTheLikelihoodByTheWeightOfTheGap() {
        LocalDate asOf = START.plusWeeks(13);
        List<PlayedMatch> withALaterMatch = new ArrayList<>(LEAGUE);
        withALaterMatch.add(new PlayedMatch(asOf, "A", "B", 5, 0));

        GoalModel plain = DixonColes.fit(LEAGUE, FitOptions.DEFAULT);
        GoalModel dated = DixonColes.fit(withALaterMatch, FitOptions.asOf(asOf));

        assertThat(dated.matches()).isEqualTo(12);
        assertThat(dated.referenceDate()).isEqualTo(asOf);
        // Moving the reference date multiplies every weight by the same exp(−ξ gap): the maximum does not move.
        assertThat(dated.homeAdvantage()).isCloseTo(plain.homeAdvantage(), within(1e-9));
        assertThat(dated.rho()).isCloseTo(plain.rho(), within(1e-9));
        long gap = ChronoUnit.DAYS.between(plain.referenceDate(), asOf);
        assertThat(gap).isEqualTo(14);
        assertThat(dated.logLikelihood()).isCloseTo(plain.logLikelihood() * Math.exp(-FitOptions.DEFAULT_XI * gap), within(1e-9));
        assertThat(DixonColes.fit(LEAGUE, FitOptions.asOf(START.plusWeeks(9))).matches()).isEqualTo(9);
    }

    @Test
    void withFewMatchesTheMaximumOnTheEdgeOfRhoIsReachedAndReported() {
        // Nine matches: the likelihood keeps rising as ρ falls until some fixture's τ(0,1) = 1 + ρ λh reaches 0.
        List<PlayedMatch> nine = LEAGUE.subList(0, 9);

        GoalModel model = DixonColes.fit(nine, FitOptions.DEFAULT);

        assertThat(model.report().rhoOnEdge()).isTrue();
        assertThat(model.rho()).isNegative();
        double smallestTau = Double.POSITIVE_INFINITY;
        for (String home : model.teams()) {
            for (String away : model.teams()) {
                if (!home.equals(away)) {
                    ScoreGrid grid = model.predict(home, away);
                    smallestTau = Math.min(smallestTau, Math.min(1 + model.rho() * grid.lambdaHome(), 1 + model.rho() * grid.lambdaAway()));
                }
            }
        }
        assertThat(smallestTau).isBetween(0.0, 1e-4);
        assertThat(model.predict("A", "B").homeWin()).isBetween(0.0, 1.0);
    }

    @Test
    void anInteriorMaximumIsNotOnTheEdge() {
        assertThat(DixonColes.fit(LEAGUE, FitOptions.DEFAULT).report().rhoOnEdge()).isFalse();
    }

    @Test
    void theTimeWeightsChangeTheFit() {
        GoalModel unweighted = DixonColes.fit(LEAGUE, FitOptions.DEFAULT.withXi(0));
        GoalModel steep = DixonColes.fit(LEAGUE, FitOptions.DEFAULT.withXi(0.05));

        assertThat(steep.homeAdvantage()).isNotCloseTo(unweighted.homeAdvantage(), within(0.01));
    }

    @Test
    void aWarmStartReachesTheSameMaximumInFewerIterations() {
        GoalModel cold = DixonColes.fit(LEAGUE, FitOptions.DEFAULT);
        GoalModel earlier = DixonColes.fit(LEAGUE, FitOptions.asOf(START.plusWeeks(11)));

        GoalModel warm = DixonColes.fit(LEAGUE, FitOptions.DEFAULT, earlier);

        assertThat(warm.logLikelihood()).isCloseTo(cold.logLikelihood(), within(1e-10));
        assertThat(warm.rho()).isCloseTo(cold.rho(), within(1e-8));
        assertThat(warm.report().iterations()).isLessThan(cold.report().iterations());
    }

    @Test
    void twoUnlinkedLeaguesEachKeepTheirAttacksSummingToZero() {
        List<PlayedMatch> both = new ArrayList<>(LEAGUE);
        both.addAll(league("E", "F", "G", "H"));

        GoalModel model = DixonColes.fit(both, FitOptions.DEFAULT);

        assertThat(model.attack("A") + model.attack("B") + model.attack("C") + model.attack("D")).isCloseTo(0, within(1e-9));
        assertThat(model.attack("E") + model.attack("F") + model.attack("G") + model.attack("H")).isCloseTo(0, within(1e-9));
    }

    @Test
    void manyTeamsWithoutAGoalAreNamedUpToFiveThenCounted() {
        List<PlayedMatch> goalless = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            goalless.add(new PlayedMatch(START.plusDays(i), "H" + i, "A" + i, 0, 0));
        }

        assertThatThrownBy(() -> DixonColes.fit(goalless, FitOptions.DEFAULT))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("no finite maximum: A0 never scored, A1 never scored, A2 never scored, A3 never scored, "
                        + "A4 never scored and 11 more teams in the matches fitted");
    }

    @Test
    void aTeamThatNeverScoredIsAnErrorWithTheReason() {
        List<PlayedMatch> matches = List.of(
                new PlayedMatch(START, "A", "B", 2, 0), new PlayedMatch(START.plusDays(7), "B", "A", 0, 1));

        assertThatThrownBy(() -> DixonColes.fit(matches, FitOptions.DEFAULT))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("B never scored");
    }

    @Test
    void predictingAnUnknownTeamNamesIt() {
        GoalModel model = DixonColes.fit(LEAGUE, FitOptions.DEFAULT);

        assertThatIllegalArgumentException().isThrownBy(() -> model.predict("A", "Z")).withMessageContaining("'Z'");
    }

    @Test
    void predictionsComeFromTheRatings() {
        GoalModel model = DixonColes.fit(LEAGUE, FitOptions.DEFAULT);

        ScoreGrid grid = model.predict("A", "B");

        assertThat(grid.lambdaHome()).isCloseTo(Math.exp(model.homeAdvantage() + model.attack("A") + model.defence("B")), within(1e-12));
        assertThat(grid.lambdaAway()).isCloseTo(Math.exp(model.attack("B") + model.defence("A")), within(1e-12));
    }

    /** A double round robin of four teams, one match a week, with fixed scores that include 0-0, 0-1, 1-0 and 1-1. */
    private static List<PlayedMatch> league(String a, String b, String c, String d) {
        String[][] fixtures = {{a, b}, {c, d}, {a, c}, {b, d}, {a, d}, {b, c}, {b, a}, {d, c}, {c, a}, {d, b}, {d, a}, {c, b}};
        int[][] scores = {{2, 1}, {0, 0}, {1, 0}, {1, 1}, {3, 1}, {0, 1}, {1, 2}, {2, 2}, {0, 2}, {1, 0}, {0, 3}, {2, 0}};
        List<PlayedMatch> matches = new ArrayList<>();
        for (int i = 0; i < fixtures.length; i++) {
            matches.add(new PlayedMatch(START.plusWeeks(i), fixtures[i][0], fixtures[i][1], scores[i][0], scores[i][1]));
        }
        return matches;
    }
}
