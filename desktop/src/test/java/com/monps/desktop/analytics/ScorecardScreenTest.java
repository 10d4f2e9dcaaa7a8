package com.monps.desktop.analytics;

import com.monps.core.history.FootballDataImporter;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.ScreenHarness;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The goal model tab over two real Premier League seasons imported into the database (E0_1920.csv, E0_2021.csv), walked
 * as one league: the first 8 weeks of 2019/20 only train, then every match day is forecast from a fit on the matches
 * before it, across the summer into 2020/21 (`model evaluate --league soccer_epl` on the same database).
 */
@ExtendWith(ApplicationExtension.class)
class ScorecardScreenTest {

    private static final List<Path> SEASONS = List.of(HistoryFiles.SHARED_SEASONS.resolve("E0_1920.csv"),
            HistoryFiles.SHARED_SEASONS.resolve("E0_2021.csv"));

    private FxTestContext context;
    private AnalyticsController controller;

    /** Before the window starts: an assumption failing inside {@code @Start} is reported as an error, not a skip. */
    @BeforeAll
    static void needsTheSharedSeasons() {
        assumeTrue(SEASONS.stream().allMatch(Files::isRegularFile), "needs ../shared/data/football-data");
    }

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        new FootballDataImporter(context.db().dsl()).importFiles(SEASONS);
        controller = new AnalyticsController(context.ui(), context.db().dsl(), Clock.systemUTC());
        ScreenHarness.show(stage, controller);
    }

    @AfterEach
    void tearDown() {
        if (context != null) {
            controller.deactivate();
            context.close();
        }
    }

    @Test
    void theScorecardShowsTheModelAgainstPinnaclesLinesOnTheSameMatches(FxRobot robot) {
        robot.interact(() -> controller.model().modelShownProperty().set(true));

        assertThat(row(robot, 0)).containsExactly("Goal model (Dixon-Coles)", "680", "0.2149", "1.0212", "0.6068");
        assertThat(row(robot, 1)).containsExactly("Pinnacle opening, de-vigged", "680", "0.2083", "0.9945", "0.5907");
        assertThat(row(robot, 2)).containsExactly("Pinnacle closing, de-vigged", "680", "0.2066", "0.9885", "0.5868");
        assertThat(row(robot, 3)).first().isEqualTo("25 % model + Pinnacle opening");
        assertThat(text(robot, "#scorecard-summary")).startsWith("1 league, 680 matches forecast (10 left out), 230 fits in");
        assertThat(text(robot, "#scorecard-value")).contains("658 bets, 190 won, profit +30.69 units, ROI +4.66 %")
                .contains("average CLV against Pinnacle's close -4.54 %");
    }

    @Test
    void theCalibrationPlotHasTheDiagonalAndOnePointPerBin(FxRobot robot) {
        robot.interact(() -> controller.model().modelShownProperty().set(true));

        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#scorecard-calibration").queryAs(LineChart.class);
        XYChart.Series<Number, Number> diagonal = chart.getData().get(0);
        XYChart.Series<Number, Number> model = chart.getData().get(1);
        assertThat(diagonal.getData()).extracting(d -> d.getXValue().doubleValue(), d -> d.getYValue().doubleValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0), org.assertj.core.groups.Tuple.tuple(100.0, 100.0));
        assertThat(model.getData()).hasSize(10);
        // The top bin: 12 outcomes the model gave 93.2 % on average, 7 of which happened (58.3 %): over-confident.
        XYChart.Data<Number, Number> top = model.getData().getLast();
        assertThat(top.getXValue().doubleValue()).isCloseTo(93.21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(top.getYValue().doubleValue()).isCloseTo(58.33, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theBetsTabStaysAsItWasAndTheWalkForwardWaitsForTheModelTab(FxRobot robot) {
        assertThat(controller.model().modelShownProperty().get()).isFalse();
        assertThat(robot.lookup("#scorecard-summary").queryAs(Label.class).getText()).isEmpty();
    }

    /** The texts of a row's cells as drawn, column by column. */
    private static List<String> row(FxRobot robot, int index) {
        TableRow<?> row = robot.lookup("#scorecard-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index).findFirst().orElseThrow();
        return row.getChildrenUnmodifiable().stream().filter(TableCell.class::isInstance)
                .map(cell -> ((TableCell<?, ?>) cell).getText()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
