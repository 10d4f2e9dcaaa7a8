package com.monps.desktop.matchdetail;

import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.ScreenHarness;
import com.monps.desktop.shared.MatchFocus;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static com.monps.core.testing.Fixtures.KICK_OFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class MatchDetailScreenTest {

    private FxTestContext context;
    private MatchDetailController controller;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        var dsl = context.db().dsl();
        new MatchRepository(dsl).upsert(List.of(Fixtures.match("m1")));
        new OddsRepository(dsl).append(List.of(
                price("pinnacle", "1.70", KICK_OFF.minus(Duration.ofDays(3))),
                price("pinnacle", "1.62", KICK_OFF.minusSeconds(60)),
                price("pinnacle", "1.40", KICK_OFF.plusSeconds(600)),
                price("bet365", "1.72", KICK_OFF.minus(Duration.ofDays(3)))));
        controller = new MatchDetailController(context.ui(), dsl);
        ScreenHarness.show(stage, controller);
        controller.focus(new MatchFocus("m1", Outcome.HOME, new BigDecimal("1.70"), "pinnacle"));
    }

    @AfterEach
    void tearDown() {
        controller.deactivate();
        context.close();
    }

    @Test
    void showsOneLinePerBookmakerThePriceTakenAndTheClosingPriceBeforeKickOff(FxRobot robot) {
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#match-chart").queryAs(LineChart.class);

        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactlyInAnyOrder("pinnacle", "bet365");
        String facts = robot.lookup("#match-facts").queryAs(Label.class).getText();
        assertThat(facts).contains("Price taken 1.70").contains("Closing price 1.62 (pinnacle)");
    }

    @Test
    void newPricesFromTheCollectorRedrawTheChart(FxRobot robot) {
        new OddsRepository(context.db().dsl()).append(List.of(price("unibet", "1.75", KICK_OFF.minus(Duration.ofDays(1)))));

        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#match-chart").queryAs(LineChart.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> chart.getData().size() == 3);
    }

    private static OddsSnapshot price(String bookmaker, String home, java.time.Instant at) {
        return new OddsSnapshot("m1", bookmaker, new BigDecimal(home), new BigDecimal("3.80"), new BigDecimal("5.00"), at, null);
    }
}
