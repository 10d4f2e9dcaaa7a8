package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.model.DixonColes;
import com.monps.core.model.FitOptions;
import com.monps.core.model.PlayedMatch;
import com.monps.core.model.ScoreGrid;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Agent E fitted on football-data's names prices The Odds API's fixtures: a double round robin of six EPL clubs as the
 * history files write them, and the same fixtures as the API writes them.
 */
class GoalModelBookTeamNamesTest {

    private static final List<String> HISTORY = List.of("Man United", "Nott'm Forest", "Wolves", "Brighton", "Tottenham", "Arsenal");
    private static final Map<String, String> API = Map.of("Man United", "Manchester United", "Nott'm Forest", "Nottingham Forest",
            "Wolves", "Wolverhampton Wanderers", "Brighton", "Brighton and Hove Albion", "Tottenham", "Tottenham Hotspur",
            "Arsenal", "Arsenal");
    private static final Instant KICK_OFF = Instant.parse("2024-12-01T15:00:00Z");

    @Test
    void aModelFittedOnHistoryNamesPricesAFixtureNamedByTheOddsApi() {
        List<PlayedMatch> history = season(UnaryOperator.identity());
        GoalModelBook book = GoalModelBook.fit(Map.of("soccer_epl", history));

        ScoreGrid expected = DixonColes.fit(history, FitOptions.DEFAULT).predict("Man United", "Nott'm Forest");
        assertThat(book.probabilities(fixture("Manchester United", "Nottingham Forest"))).hasValueSatisfying(p -> {
            assertThat(p[0]).isCloseTo(expected.homeWin(), within(1e-9));
            assertThat(p[1]).isCloseTo(expected.draw(), within(1e-9));
            assertThat(p[2]).isCloseTo(expected.awayWin(), within(1e-9));
        });
        assertThat(book.probabilities(fixture("Man United", "Nott'm Forest")).orElseThrow())
                .containsExactly(book.probabilities(fixture("Manchester United", "Nottingham Forest")).orElseThrow());
    }

    @Test
    void resultsStoredUnderBothNamingsAreOneTeam() {
        List<PlayedMatch> mixed = new ArrayList<>(season(UnaryOperator.identity()).subList(0, 15));
        mixed.addAll(season(API::get).subList(15, 30));
        GoalModelBook book = GoalModelBook.fit(Map.of("soccer_epl", mixed));

        ScoreGrid expected = DixonColes.fit(season(UnaryOperator.identity()), FitOptions.DEFAULT).predict("Wolves", "Tottenham");
        assertThat(book.grid(fixture("Wolverhampton Wanderers", "Tottenham Hotspur")).orElseThrow().homeWin())
                .isCloseTo(expected.homeWin(), within(1e-9));
    }

    @Test
    void aTeamTheModelDoesNotKnowGetsNoPriceNeverAnotherTeams() {
        GoalModelBook book = GoalModelBook.fit(Map.of("soccer_epl", season(UnaryOperator.identity())));

        assertThat(book.probabilities(fixture("Manchester City", "Arsenal"))).isEmpty();
        assertThat(book.probabilities(fixture("Coventry City", "Nottingham Forest"))).isEmpty();
        assertThat(book.probabilities(Match.upcoming("x", "soccer_efl_champ", "Championship", KICK_OFF, "Manchester United",
                "Arsenal"))).as("another league's model").isEmpty();
    }

    /** Every pair twice (home and away): 30 matches from August, the least agent E fits; scores from the pair's positions. */
    private static List<PlayedMatch> season(UnaryOperator<String> naming) {
        List<PlayedMatch> matches = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 8, 17);
        for (int h = 0; h < HISTORY.size(); h++) {
            for (int a = 0; a < HISTORY.size(); a++) {
                if (h != a) {
                    matches.add(new PlayedMatch(day.plusDays(matches.size() * 3L), naming.apply(HISTORY.get(h)),
                            naming.apply(HISTORY.get(a)), (h * 7 + a * 3) % 4, (a * 5 + h) % 3));
                }
            }
        }
        return matches;
    }

    private static Match fixture(String home, String away) {
        return Match.upcoming("api-1", "soccer_epl", "EPL", KICK_OFF, home, away);
    }
}
