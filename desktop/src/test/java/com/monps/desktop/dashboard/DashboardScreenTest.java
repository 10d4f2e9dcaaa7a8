package com.monps.desktop.dashboard;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.Nodes;
import com.monps.desktop.fx.ScreenHarness;
import com.monps.desktop.fx.Theme;
import eu.hansolo.tilesfx.Tile;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {

    private FxTestContext context;
    private DashboardController controller;
    private DashboardView view;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        BetRepository bets = new BetRepository(context.db().dsl());
        long won = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.50", "10.00"));
        bets.settle(won, new BetRepository.Settlement(BetStatus.WON, Outcome.HOME, "1-0", new BigDecimal("25.00"),
                new BigDecimal("15.00"), SettledBy.AUTO, Instant.parse("2024-08-16T21:00:00Z")));
        long lost = bets.insert(Fixtures.bet("m2", Outcome.AWAY, "3.00", "20.00"));
        bets.settle(lost, new BetRepository.Settlement(BetStatus.LOST, Outcome.HOME, "1-0", new BigDecimal("0.00"),
                new BigDecimal("-20.00"), SettledBy.AUTO, Instant.parse("2024-08-17T21:00:00Z")));
        context.db().dsl().execute("""
                INSERT INTO job_runs (job, started_at, finished_at, status, items) VALUES
                  ('settle', '2024-08-17 21:00+00', '2024-08-17 21:00:02+00', 'success', 2)""");
        controller = new DashboardController(context.ui(), context.db().dsl(), Theme.DARK);
        view = controller.view();
        ScreenHarness.show(stage, controller);
    }

    @AfterEach
    void tearDown() {
        controller.deactivate();
        context.close();
    }

    @Test
    void tilesShowTheBookAndProfitIsRedWhenNegative(FxRobot robot) {
        assertThat(Nodes.<Tile>find(view, "tile-profit").getValue()).isEqualTo(-5.0);
        assertThat(Nodes.<Tile>find(view, "tile-profit").getValueColor()).isEqualTo(javafx.scene.paint.Color.web("#e5534b"));
        assertThat(Nodes.<Tile>find(view, "tile-active").getValue()).isZero();
        assertThat(robot.lookup("#health-2").queryAs(Label.class).getText()).contains("success").contains("2");
    }

    @Test
    void aBetRecordedElsewhereRaisesTheActiveBetsTileWithoutAClick(FxRobot robot) throws Exception {
        var c = context.db().config();
        try (var other = DriverManager.getConnection(c.url(), c.user(), c.password()); var sql = other.createStatement()) {
            sql.execute("""
                    INSERT INTO bets (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake, bookmaker)
                    VALUES ('m3', 'Lyon', 'Nice', 'soccer_france_ligue_one', 'Ligue 1', '2024-08-18 19:00+00', 'draw', 3.30, 5, 'pinnacle')""");
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> Nodes.<Tile>find(view, "tile-active").getValue() == 1.0);
    }
}
