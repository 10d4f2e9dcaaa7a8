package com.monps.desktop.betentry;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;
import com.monps.core.model.DixonColes;
import com.monps.core.model.FitOptions;
import com.monps.core.model.PlayedMatch;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.Nodes;
import com.monps.desktop.fx.UiContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The bet dialog on goal totals and Asian handicaps, in English and French, on a real window and database. */
@ExtendWith(ApplicationExtension.class)
class BetDialogLinesTest {

    private static final Instant NOW = Instant.parse("2024-08-16T12:00:00Z");
    private static final List<String> TEAMS = List.of("Arsenal", "Chelsea", "Everton", "Fulham", "Leeds", "Wolves");

    private FxTestContext context;
    private Stage stage;
    private BetEntry entry;
    private Match upcoming;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new FxTestContext(TestDatabase.fresh());
        upcoming = Match.upcoming("m-next", "soccer_epl", "EPL", NOW.plus(Duration.ofDays(1)), "Arsenal", "Chelsea");
        new MatchRepository(context.db().dsl()).upsert(List.of(upcoming));
        stage.show();
        entry = entry(context.ui());
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void aQuarterLineIsExplainedInOneLineUnderTheLineFieldAsItIsTyped(FxRobot robot) {
        open(robot, Market.SPREADS, "", Outcome.HOME);
        robot.clickOn("#bet-point").write("-0.25");
        assertThat(explanation(robot)).isEqualTo("\u22120.25: half the stake on 0, half on \u22120.5");

        robot.interact(() -> market(entry.lastDialog()).setValue(Market.TOTALS));
        robot.interact(() -> robot.lookup("#bet-point").queryAs(TextField.class).setText("2.75"));
        assertThat(explanation(robot)).isEqualTo("2.75: half the stake on 2.5, half on 3");

        robot.interact(() -> robot.lookup("#bet-point").queryAs(TextField.class).setText("3"));
        assertThat(explanation(robot)).isEqualTo("3: a whole line, the stake comes back on a push");
    }

    @Test
    void enFrançaisLaLigneQuartIndiqueLesDeuxDemiMises(FxRobot robot) {
        entry = entry(context.ui(Locale.FRENCH));
        open(robot, Market.SPREADS, "-0.25", Outcome.HOME);
        assertThat(explanation(robot)).isEqualTo("\u22120,25 : moitié de la mise sur 0, moitié sur \u22120,5");

        robot.interact(() -> {
            market(entry.lastDialog()).setValue(Market.TOTALS);
            robot.lookup("#bet-point").queryAs(TextField.class).setText("2,75");
        });
        assertThat(explanation(robot)).isEqualTo("2,75 : moitié de la mise sur 2,5, moitié sur 3");
    }

    @Test
    void eachMarketOffersItsOwnSidesAndTheLineFieldOnlyOnALineMarket(FxRobot robot) {
        open(robot, Market.H2H, "", null);
        var dialog = entry.lastDialog();
        assertThat(outcome(dialog).getItems()).containsExactly(Outcome.HOME, Outcome.DRAW, Outcome.AWAY);
        assertThat(robot.lookup("#bet-point").queryAs(TextField.class).isDisabled()).isTrue();

        robot.interact(() -> market(dialog).setValue(Market.TOTALS));
        assertThat(outcome(dialog).getItems()).containsExactly(Outcome.OVER, Outcome.UNDER);
        assertThat(robot.lookup("#bet-point").queryAs(TextField.class).isDisabled()).isFalse();

        robot.interact(() -> market(dialog).setValue(Market.SPREADS));
        assertThat(outcome(dialog).getItems()).containsExactly(Outcome.HOME, Outcome.AWAY);
    }

    @Test
    void aDrawKeptWhenSwitchingToAsianHandicapIsRefusedNamingTheSelectionAndNothingIsWritten(FxRobot robot) {
        open(robot, Market.H2H, "", Outcome.DRAW);
        robot.interact(() -> market(entry.lastDialog()).setValue(Market.SPREADS));
        robot.clickOn("#bet-point").write("0.5");
        robot.clickOn("#bet-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors(robot)).isEqualTo("Selection: Draw is not a side of the Asian handicap market (choose Home or Away).");
        assertThat(entry.lastDialog().stage().isShowing()).isTrue();
        assertThat(new BetRepository(context.db().dsl()).history(BetRepository.BetQuery.latest(5))).isEmpty();
    }

    @Test
    void aLineOffTheQuarterGridIsRefusedNamingTheLineInFrenchToo(FxRobot robot) {
        entry = entry(context.ui(Locale.FRENCH));
        open(robot, Market.TOTALS, "2.3", Outcome.OVER);
        robot.clickOn("#bet-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors(robot)).isEqualTo("La ligne doit être un multiple de 0,25 (saisi : 2.3).");
    }

    @Test
    void aValidHandicapBetIsWrittenWithItsMarketAndLine(FxRobot robot) {
        open(robot, Market.SPREADS, "+0.25", Outcome.AWAY);
        robot.clickOn("#bet-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new BetRepository(context.db().dsl()).history(BetRepository.BetQuery.latest(5))).singleElement().satisfies(bet -> {
            assertThat(bet.market()).isEqualTo(Market.SPREADS);
            assertThat(bet.point()).isEqualByComparingTo("0.25");
            assertThat(bet.outcome()).isEqualTo(Outcome.AWAY);
        });
    }

    @Test
    void theGoalModelsPriceOfTheSideChosenSitsBesideTheOddsAndFollowsTheLine(FxRobot robot) {
        List<PlayedMatch> played = playSeason();
        entry = new BetEntry(context.ui(), new MatchRepository(context.db().dsl()), new BetRepository(context.db().dsl()),
                BetDialogLinesTest::rules, List::of, Clock.fixed(NOW, ZoneOffset.UTC), () -> stage,
                new MatchModels(context.db().dsl(), context.ui().runner(), Clock.fixed(NOW, ZoneOffset.UTC)));
        var grid = DixonColes.fit(played, FitOptions.DEFAULT).predict("Arsenal", "Chelsea");

        open(robot, Market.TOTALS, "2.5", Outcome.OVER);
        assertThat(modelPrice(robot)).isEqualTo("Model price: " + odds(grid.over(2.5).fairOdds()));

        robot.interact(() -> robot.lookup("#bet-point").queryAs(TextField.class).setText("3.5"));
        assertThat(modelPrice(robot)).isEqualTo("Model price: " + odds(grid.over(3.5).fairOdds()));
        assertThat(grid.over(3.5).fairOdds()).isGreaterThan(grid.over(2.5).fairOdds() + 0.5);
    }

    @Test
    void withoutAModelTheDialogSaysSoBesideTheOdds(FxRobot robot) {
        open(robot, Market.TOTALS, "2.5", Outcome.OVER);

        assertThat(modelPrice(robot)).isEqualTo("Model price: --");
    }

    /** A double round robin of six teams, played before NOW: enough matches (30) for agent E to fit the league. */
    private List<PlayedMatch> playSeason() {
        List<PlayedMatch> played = new ArrayList<>();
        int n = 0;
        for (String home : TEAMS) {
            for (String away : TEAMS) {
                if (home.equals(away)) {
                    continue;
                }
                Instant kickOff = NOW.minus(Duration.ofDays(90 - 3L * n));
                int homeGoals = (n * 7 + TEAMS.indexOf(home)) % 4;
                int awayGoals = (n * 3 + TEAMS.indexOf(away)) % 3;
                context.db().dsl().execute("""
                        INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team, completed, home_score, away_score)
                        VALUES (?, 'soccer_epl', 'EPL', ?::timestamptz, ?, ?, true, ?, ?)""",
                        "played-" + n, kickOff.toString(), home, away, homeGoals, awayGoals);
                played.add(new PlayedMatch(kickOff.atZone(ZoneId.of("Europe/London")).toLocalDate(), home, away, homeGoals, awayGoals));
                n++;
            }
        }
        return played;
    }

    private BetEntry entry(UiContext ui) {
        return new BetEntry(ui, new MatchRepository(context.db().dsl()), new BetRepository(context.db().dsl()),
                BetDialogLinesTest::rules, List::of, Clock.fixed(NOW, ZoneOffset.UTC), () -> stage);
    }

    private static StakingRules rules() {
        return new StakingRules(new BigDecimal("1000"), 0.25, 0.05);
    }

    private void open(FxRobot robot, Market market, String point, Outcome outcome) {
        robot.interact(() -> entry.record(BetForm.manual(upcoming, market, point, outcome, "2.02", "10", "bet365", null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String odds(double price) {
        return new java.text.DecimalFormat("0.00#", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(BigDecimal.valueOf(price).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static ComboBox<Market> market(BetDialogView dialog) {
        return Nodes.find(dialog, "bet-market");
    }

    private static ComboBox<Outcome> outcome(BetDialogView dialog) {
        return Nodes.find(dialog, "bet-outcome");
    }

    private static String explanation(FxRobot robot) {
        return robot.lookup("#bet-point-explanation").queryAs(Label.class).getText();
    }

    private static String modelPrice(FxRobot robot) {
        return robot.lookup("#bet-model-price").queryAs(Label.class).getText();
    }

    private static String errors(FxRobot robot) {
        return robot.lookup("#bet-errors").queryAs(Label.class).getText();
    }
}
