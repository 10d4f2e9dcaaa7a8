package com.monps.core.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.agents.GoalModelBook;
import com.monps.core.domain.Match;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.model.PlayedMatch;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real names of both sources: the shared football-data seasons and the real Odds API answers in
 * {@code ../shared/fixtures/the-odds-api}. Skips when {@code ../shared} is absent.
 */
class TeamNamesOnRealNamesTest {

    private static final Path ANSWERS = HistoryFiles.SHARED_SEASONS.resolveSibling("..").resolve("fixtures").resolve("the-odds-api")
            .normalize();

    /** football-data names by league (sport key) over every shared season. */
    private static Map<String, Set<String>> historyNames() {
        Map<String, Set<String>> names = new HashMap<>();
        for (Path season : HistoryFiles.sharedSeasons()) {
            for (HistoricalMatch m : FootballDataFile.read(season).matches()) {
                Set<String> league = names.computeIfAbsent(m.league().sportKey(), k -> new TreeSet<>());
                league.add(m.homeTeam());
                league.add(m.awayTeam());
            }
        }
        return names;
    }

    /** For each API name of an answer file: the football-data name of the same league with the same key, or null. */
    private static Map<String, String> mapped(String answer, Map<String, Set<String>> history) throws IOException {
        Map<String, String> result = new TreeMap<>();
        JsonNode events = new ObjectMapper().readTree(ANSWERS.resolve(answer).toFile());
        for (JsonNode event : events.isArray() ? events : List.of(events)) {
            String league = event.get("sport_key").asText();
            TeamNames names = TeamNames.forLeague(league);
            for (String team : List.of(event.get("home_team").asText(), event.get("away_team").asText())) {
                List<String> same = history.getOrDefault(league, Set.of()).stream()
                        .filter(h -> names.key(h).equals(names.key(team))).toList();
                assertThat(same).as("football-data names of %s's club in %s", team, league).hasSizeLessThanOrEqualTo(1);
                result.put(team, same.isEmpty() ? null : same.getFirst());
            }
        }
        return result;
    }

    @Test
    void theApisPremierLeagueAndLigue1Of2024MatchTheSeasonsOf2024To25OneToOne() throws IOException {
        assumeTrue(Files.isDirectory(ANSWERS) && !HistoryFiles.sharedSeasons().isEmpty(), "../shared absent");
        Map<String, Set<String>> history = historyNames();

        Map<String, String> epl = mapped("ledjob_soccer_epl_snap1_2024-08-01T1622Z.json", history);
        Map<String, String> ligue1 = mapped("ledjob_soccer_france_ligue_one_2024-08-04T2152Z.json", history);

        assertThat(epl).hasSize(20).doesNotContainValue(null);
        assertThat(new TreeSet<>(epl.values())).as("every club once").hasSize(20);
        assertThat(epl).containsEntry("Manchester United", "Man United").containsEntry("Nottingham Forest", "Nott'm Forest")
                .containsEntry("Wolverhampton Wanderers", "Wolves").containsEntry("Ipswich Town", "Ipswich")
                .containsEntry("Brighton and Hove Albion", "Brighton").containsEntry("Tottenham Hotspur", "Tottenham");
        assertThat(ligue1).hasSize(18).doesNotContainValue(null);
        assertThat(new TreeSet<>(ligue1.values())).hasSize(18);
        assertThat(ligue1).containsEntry("Paris Saint Germain", "Paris SG").containsEntry("Saint Etienne", "St Etienne")
                .containsEntry("Stade de Reims", "Reims").containsEntry("RC Lens", "Lens").containsEntry("AS Monaco", "Monaco");
    }

    @Test
    void otherSeasonsAnswersMapTheirKnownClubsAndLeaveTheOthersUnknown() throws IOException {
        assumeTrue(Files.isDirectory(ANSWERS) && !HistoryFiles.sharedSeasons().isEmpty(), "../shared absent");
        Map<String, Set<String>> history = historyNames();

        // Luton played the Championship in the shared seasons, not the Premier League: the EPL model does not know it
        Map<String, String> season2324 = mapped("davidhearl_soccer_epl_h2h-h2hlay-spreads_2024-01-30.json", history);
        assertThat(season2324).hasSize(20).containsEntry("Luton", null).containsEntry("Sheffield United", "Sheffield United");
        assertThat(season2324.values().stream().filter(v -> v == null)).hasSize(1);
        Map<String, String> latest = mapped("scores_soccer_epl_2026.json", history);
        // Coventry and Sunderland are in no shared season: no club to price them with, never a wrong one
        assertThat(latest).containsEntry("Coventry City", null).containsEntry("Sunderland", null)
                .containsEntry("Leeds United", "Leeds");
        assertThat(latest.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("Coventry City", "Sunderland");
        assertThat(mapped("arbknapsack_soccer_italy_serie_a_event-totals-btts-dnb_2023-09-27.json", history))
                .containsEntry("Inter Milan", "Inter").containsEntry("Sassuolo", "Sassuolo");
        assertThat(mapped("arbknapsack_soccer_spain_la_liga_event-totals-btts-dnb_2023-10-02.json", history))
                .containsEntry("Celta Vigo", "Celta").containsEntry("Las Palmas", null);
        assertThat(mapped("arbknapsack_soccer_germany_bundesliga_event-totals-btts-dnb_2023-10-07.json", history))
                .containsEntry("RB Leipzig", "RB Leipzig").containsEntry("VfL Bochum", null);
    }

    @Test
    void agentEFittedOnThe2024To25SeasonPricesEveryFixtureOfTheApisAugust2024Answer() throws IOException {
        assumeTrue(Files.isDirectory(ANSWERS) && !HistoryFiles.sharedSeasons().isEmpty(), "../shared absent");
        Path season = HistoryFiles.SHARED_SEASONS.resolve("E0_2425.csv");
        GoalModelBook book = GoalModelBook.fit(Map.of("soccer_epl", PlayedMatch.fromHistory(FootballDataFile.read(season).matches())));

        List<String> unpriced = new ArrayList<>();
        int fixtures = 0;
        for (JsonNode event : new ObjectMapper().readTree(ANSWERS.resolve("ledjob_soccer_epl_snap1_2024-08-01T1622Z.json").toFile())) {
            Match match = Match.upcoming(event.get("id").asText(), "soccer_epl", "EPL", Instant.parse(event.get("commence_time").asText()),
                    event.get("home_team").asText(), event.get("away_team").asText());
            fixtures++;
            if (book.probabilities(match).isEmpty()) {
                unpriced.add(match.homeTeam() + " v " + match.awayTeam());
            }
        }
        assertThat(fixtures).isGreaterThanOrEqualTo(10);
        assertThat(unpriced).isEmpty();
    }
}
