package com.monps.core.agents;

import com.monps.core.db.Database;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.model.DixonColes;
import com.monps.core.model.FitOptions;
import com.monps.core.model.PlayedMatch;
import com.monps.core.model.ScoreGrid;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Agent E in the scan: a league with 30 played matches gets a goal model fitted on them, whose price of the upcoming
 * match appears in the opportunity's details; the blend weight moves EV onto the model; the disagreement rule speaks
 * only when switched on.
 */
class GoalModelScanTest {

    private static final List<String> TEAMS = List.of("Arsenal", "Wolves", "Chelsea", "Everton", "Fulham", "Brentford");
    private static final String PRICES = ",2.10,3.40,3.60,2.05,3.40,3.70,2.08,3.50,3.70,2.10,3.50,3.70,2.07,3.45,3.65,"
            + "2.00,3.50,3.90,2.00,3.50,3.90,2.00,3.55,3.95";
    // Pinnacle 2.00/3.60/4.00, Bet365 2.15 on the home side, as in OpportunityScanTest
    private static final String UPCOMING = "E0,17/08/2024,15:00,Arsenal,Wolves,,,,2.15,3.40,3.90,2.05,3.40,4.00,2.00,3.60,4.00,"
            + "2.15,3.60,4.20,2.05,3.45,3.95,1.90,3.60,4.40,1.90,3.60,4.40,1.85,3.70,4.50";
    private static final Instant AS_OF = Instant.parse("2024-08-15T12:00:00Z");

    @TempDir
    Path folder;
    private final Database db = TestDatabase.fresh();
    private final List<PlayedMatch> played = new ArrayList<>();

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theOpportunityCarriesTheModelsPriceOfTheMatch() {
        importSeason(30);

        scan(AnomalySettings.DEFAULTS);

        ScoreGrid expected = DixonColes.fit(played, FitOptions.DEFAULT).predict("Arsenal", "Wolves");
        Opportunity value = only("anomaly-ev");
        assertThat(number(value.details(), "model_prob")).isCloseTo(expected.homeWin(), within(1e-6));
        assertThat(number(value.details(), "model_price")).isCloseTo(1 / expected.homeWin(), within(0.006));
        assertThat(value.fairProb()).as("blend weight 0: the market's fair probability").isEqualByComparingTo("0.486486");
        assertThat(new OpportunityRepository(db.dsl()).topByPatronScore(10)).extracting(Opportunity::agentName)
                .doesNotContain("model-disagreement");
    }

    @Test
    void aLeagueWithTooFewPlayedMatchesHasNoModelPrice() {
        importSeason(GoalModelBook.MINIMUM_MATCHES - 1);

        scan(AnomalySettings.DEFAULTS);

        assertThat(only("anomaly-ev").details()).contains("\"model_prob\": null");
    }

    @Test
    void aFullBlendPricesValueOnTheModelAndTheDisagreementRuleFlagsWhenOn() {
        importSeason(30);
        ScoreGrid grid = DixonColes.fit(played, FitOptions.DEFAULT).predict("Arsenal", "Wolves");
        double[] model = {grid.homeWin(), grid.draw(), grid.awayWin()};

        scan(new AnomalySettings(0.15, 0.03, 3, 1.0, 0.01));

        List<Opportunity> stored = new OpportunityRepository(db.dsl()).topByPatronScore(50);
        List<Opportunity> onTheModel = stored.stream().filter(o -> !o.agentName().equals("anomaly-average")).toList();
        assertThat(onTheModel).isNotEmpty().allSatisfy(o -> {
            double p = model[o.outcome().ordinal()];
            assertThat(o.fairProb().doubleValue()).as("fair = the model's").isCloseTo(p, within(1e-6));
            assertThat(o.odds().doubleValue() * p - 1).as("EV on the model").isGreaterThan(0.03);
        });
        assertThat(stored).extracting(Opportunity::agentName).contains("model-disagreement");
    }

    private void scan(AnomalySettings anomaly) {
        ScanSettings defaults = ScanSettings.DEFAULTS;
        new OpportunityScan(db.dsl(), new ScanSettings(defaults.horizon(), anomaly, defaults.kelly(), defaults.minimumSample(),
                defaults.significance()), Bankroll.configured(new BigDecimal("1000"))).scan(AS_OF);
    }

    private Opportunity only(String agent) {
        return new OpportunityRepository(db.dsl()).topByPatronScore(20).stream()
                .filter(o -> o.agentName().equals(agent) && o.outcome() == Outcome.HOME && o.bookmaker().equals("bet365"))
                .findFirst().orElseThrow();
    }

    /** {@code count} matches of six teams, one a day until the week before the scan, then the upcoming one. */
    private void importSeason(int count) {
        List<String> rows = new ArrayList<>(List.of(HistoryFiles.HEADER));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate day = LocalDate.of(2024, 8, 8).minusDays(count);
        for (int i = 0; i < count; i++, day = day.plusDays(1)) {
            String home = TEAMS.get(i % 6);
            String away = TEAMS.get((i / 6 + 1 + i % 6) % 6);
            int homeGoals = (i * 7) % 4;
            int awayGoals = (i * 5 + 1) % 3;
            String result = homeGoals > awayGoals ? "H" : homeGoals == awayGoals ? "D" : "A";
            rows.add("E0," + day.format(format) + ",15:00," + home + "," + away + "," + homeGoals + "," + awayGoals + ","
                    + result + PRICES);
            played.add(new PlayedMatch(day, home, away, homeGoals, awayGoals));
        }
        rows.add(UPCOMING);
        new FootballDataImporter(db).importFile(HistoryFiles.write(folder, "E0.csv", rows));
    }

    private static double number(String json, String field) {
        String tail = json.substring(json.indexOf("\"" + field + "\": ") + field.length() + 4);
        return Double.parseDouble(tail.substring(0, tail.indexOf(tail.contains(",") ? "," : "}")).trim());
    }
}
