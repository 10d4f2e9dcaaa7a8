package com.monps.desktop.analytics;

import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.AnalyticsRepository.Dimension;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.ScreenHarness;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AnalyticsScreenTest {

    private static final Instant NOW = Instant.parse("2024-08-20T12:00:00Z");

    private FxTestContext context;
    private AnalyticsController controller;
    private AnalyticsModel model;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        BetRepository bets = new BetRepository(context.db().dsl());
        bets.insert(bet("EPL", "pinnacle", NOW.minusSeconds(86_400 * 200)));
        bets.insert(bet("Ligue 1", "bet365", NOW.minusSeconds(86_400 * 10)));
        bets.insert(bet("Ligue 1", "pinnacle", NOW.minusSeconds(86_400 * 5)));
        controller = new AnalyticsController(context.ui(), context.db().dsl(), Clock.fixed(NOW, ZoneOffset.UTC));
        model = controller.model();
        ScreenHarness.show(stage, controller);
    }

    @AfterEach
    void tearDown() {
        controller.deactivate();
        context.close();
    }

    @Test
    void groupingByBookmakerRegroupsTheTable(FxRobot robot) {
        assertThat(groups(robot).getItems()).extracting(AnalyticsRepository.Group::key).containsExactly("Ligue 1", "EPL");

        robot.interact(() -> model.dimensionProperty().set(Dimension.BOOKMAKER));

        assertThat(groups(robot).getItems()).extracting(AnalyticsRepository.Group::key).containsExactly("pinnacle", "bet365");
    }

    @Test
    void theLast90DaysLeaveOutOlderBets(FxRobot robot) {
        robot.interact(() -> model.periodProperty().set(Period.LAST_90));

        assertThat(groups(robot).getItems()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("Ligue 1");
            assertThat(g.bets()).isEqualTo(2);
        });
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> cumulative = robot.lookup("#analytics-cumulative").queryAs(LineChart.class);
        assertThat(cumulative.getData().getFirst().getData()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static TableView<AnalyticsRepository.Group> groups(FxRobot robot) {
        return robot.lookup("#analytics-groups").queryAs(TableView.class);
    }

    private static NewBet bet(String league, String bookmaker, Instant placedAt) {
        return NewBet.of("m-" + placedAt, "Home", "Away", "soccer", league, placedAt.plusSeconds(7200), Outcome.HOME,
                new BigDecimal("2.00"), new BigDecimal("10.00"), bookmaker).placedAt(placedAt);
    }
}
