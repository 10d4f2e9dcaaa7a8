package com.monps.desktop.matchdetail;

import com.monps.core.backtest.DatabaseHistory;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.ScreenHarness;
import com.monps.desktop.shared.MatchFocus;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The match detail of a real match imported from football-data.co.uk: Burnley v Brighton, 26/07/2020, the last day of
 * the 2019/20 Premier League (E0_1920.csv). Its Asian handicap opened at home −0.25 and closed at 0 (Pinnacle 1.90 /
 * 2.02); over/under 2.5 closed at Pinnacle 2.07 / 1.85. The model is fitted on the season's 370 earlier matches.
 */
@ExtendWith(ApplicationExtension.class)
class MatchDetailLinesScreenTest {

    private static final Path SEASON = HistoryFiles.SHARED_SEASONS.resolve("E0_1920.csv");

    private FxTestContext context;
    private MatchDetailController controller;

    /** Before the window starts: an assumption failing inside {@code @Start} is reported as an error, not a skip. */
    @BeforeAll
    static void needsTheSharedSeasons() {
        assumeTrue(Files.isRegularFile(SEASON), "needs ../shared/data/football-data");
    }

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        var dsl = context.db().dsl();
        new FootballDataImporter(dsl).importFile(SEASON);
        String id = new DatabaseHistory(dsl).playedMatches().stream()
                .filter(m -> m.homeTeam().equals("Burnley") && m.awayTeam().equals("Brighton"))
                .filter(m -> m.kickOff().toString().startsWith("2020-07-26")).map(HistoricalMatch::id).findFirst().orElseThrow();
        controller = new MatchDetailController(context.ui(), dsl);
        ScreenHarness.show(stage, controller);
        controller.focus(new MatchFocus(id, Market.SPREADS, new BigDecimal("-0.25"), Outcome.HOME, new BigDecimal("2.04"), "pinnacle"));
    }

    @AfterEach
    void tearDown() {
        if (context != null) {
            controller.deactivate();
            context.close();
        }
    }

    @Test
    void theLineSelectorOffersTheOpeningAndTheClosingHandicapAndStartsAtTheBetsLine(FxRobot robot) {
        ComboBox<BigDecimal> line = combo(robot, "#match-line");

        assertThat(line.getItems()).extracting(p -> line.getConverter().toString(p)).containsExactly("Home \u22120.25", "Home 0");
        assertThat(line.getConverter().toString(line.getValue())).isEqualTo("Home \u22120.25");
    }

    @Test
    void aQuarterLineIsPricedByTheModelWithItsHalfResultsAndTheMovedLineIsSaid(FxRobot robot) {
        assertThat(text(robot, "#match-model")).isEqualTo(MODEL_HOME_MINUS_QUARTER);
        assertThat(text(robot, "#match-line-note"))
                .contains("Dixon-Coles fitted on the 370 league matches played before kick-off.")
                .contains("Quarter line: half the stake on 0, half on \u22120.5.");
        // Pinnacle's closing snapshot has the handicap at 0 only: no closing price at −0.25, never an invented one.
        assertThat(text(robot, "#match-market-fair")).isEqualTo("line moved: closed at Home 0");
        assertThat(text(robot, "#match-facts")).contains("Price taken 2.04").contains("line moved: closed at Home 0 (pinnacle)");
    }

    @Test
    void atTheClosingLineTheModelStandsBesidePinnaclesNoVigPrice(FxRobot robot) {
        ComboBox<BigDecimal> line = combo(robot, "#match-line");
        robot.interact(() -> line.getSelectionModel().select(1));

        // Pinnacle closed home 1.90, away 2.02: (1/1.90) / (1/1.90 + 1/2.02) = 0.5153, fair odds 1.94.
        assertThat(text(robot, "#match-market-fair")).isEqualTo("1.94  (51.5 %)");
        assertThat(text(robot, "#match-model")).isEqualTo(MODEL_HOME_LEVEL);
        assertThat(text(robot, "#match-line-note")).contains("Whole line: the stake comes back on a push.");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#match-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactlyInAnyOrder("pinnacle", "bet365");
    }

    @Test
    void totalsAndTheResultAreThereToo(FxRobot robot) {
        robot.interact(() -> controller.model().marketProperty().set(Market.TOTALS));

        ComboBox<BigDecimal> line = combo(robot, "#match-line");
        assertThat(line.getItems()).extracting(p -> line.getConverter().toString(p)).containsExactly("2.5");
        assertThat(combo(robot, "#match-outcome").getValue()).isEqualTo(Outcome.OVER);
        // Pinnacle closed over 2.07, under 1.85: over (1/2.07) / (1/2.07 + 1/1.85) = 0.4719, fair odds 2.12.
        assertThat(text(robot, "#match-market-fair")).isEqualTo("2.12  (47.2 %)");
        assertThat(text(robot, "#match-model")).isEqualTo(MODEL_OVER_2_5);
        assertThat(text(robot, "#match-line-note")).contains("Half line: no push.");

        robot.interact(() -> controller.model().marketProperty().set(Market.H2H));
        assertThat(line.isVisible()).isFalse();
        assertThat(combo(robot, "#match-outcome").getItems()).containsExactly(Outcome.HOME, Outcome.DRAW, Outcome.AWAY);
        assertThat(text(robot, "#match-model")).isEqualTo(MODEL_HOME_WIN);
    }

    /*
     * The model's prices, from the file rather than the database: Dixon-Coles on E0_1920.csv's 370 matches before
     * 2020-07-26 (what `model predict --csv E0_1920.csv --as-of 2020-07-26 --fixture Burnley:Brighton` fits) gives
     * λ 1.347 and 0.760, home win 0.4983, draw 0.2989, away win 0.2027, over 2.5 0.3522. Home −0.25 is half on 0
     * (a draw pushes) and half on −0.5 (a draw loses): fair odds 1 + (0.2027 + 0.2989 / 2) / 0.4983 = 1.707, the
     * chance it states 1 / 1.707 = 58.6 %. Home 0: 1 + 0.2027 / 0.4983 = 1.407.
     */
    private static final String MODEL_HOME_MINUS_QUARTER = "1.71  (58.6 %)";
    private static final String MODEL_HOME_LEVEL = "1.41  (71.1 %)";
    private static final String MODEL_OVER_2_5 = "2.84  (35.2 %)";
    private static final String MODEL_HOME_WIN = "2.01  (49.8 %)";

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
