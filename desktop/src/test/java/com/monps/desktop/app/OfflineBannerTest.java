package com.monps.desktop.app;

import com.monps.core.db.DatabaseConfig;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.bets.BetsController;
import com.monps.desktop.fx.FxDialogs;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class OfflineBannerTest {

    private FxTestContext context;
    private Shell shell;
    private String database;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        String url = context.db().config().url();
        database = url.substring(url.lastIndexOf('/') + 1);
        BetRepository bets = new BetRepository(context.db().dsl());
        bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10"));
        var ui = context.ui();
        BetEntry entry = new BetEntry(ui, new com.monps.core.repo.MatchRepository(context.db().dsl()), bets,
                () -> new StakingRules(BigDecimal.TEN, 0.25, 0.05), List::of, Clock.systemUTC(), () -> stage);
        shell = new Shell(ui.i18n(), ui.status(), "test");
        shell.add(Workstation.BETS, "Bets", "Ctrl+2", new BetsController(ui, context.db().dsl(), entry,
                new FxDialogs(() -> stage), Clock.systemUTC(), focus -> { }));
        shell.finishNavigation();
        Scene scene = new Scene(shell.root(), 1200, 700);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        shell.show(Workstation.BETS);
    }

    @AfterEach
    void tearDown() throws Exception {
        rename(database + "_gone", database);
        context.close();
    }

    @Test
    void aLostDatabaseShowsTheBannerWithTheReasonAndRetryBringsTheDataBack(FxRobot robot) throws Exception {
        HBox banner = robot.lookup("#offline-banner").queryAs(HBox.class);
        assertThat(banner.isVisible()).isFalse();

        rename(database, database + "_gone");
        robot.interact(shell::refreshCurrent);

        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#offline-message").queryAs(Label.class).getText()).startsWith("Database unreachable:");
        assertThat(robot.lookup("#total-count").queryAs(Label.class).getText()).isEqualTo("1");

        rename(database + "_gone", database);
        robot.clickOn("#offline-retry");

        assertThat(banner.isVisible()).isFalse();
    }

    private static void rename(String from, String to) throws Exception {
        DatabaseConfig server = TestDatabase.serverConfig();
        try (var connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             var sql = connection.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + from + "'").next()) {
                return;
            }
            for (int attempt = 1; ; attempt++) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + from + "'");
                try {
                    sql.execute("ALTER DATABASE " + from + " RENAME TO " + to);
                    return;
                } catch (java.sql.SQLException stillInUse) {
                    // the pool or the feed reconnected between the two statements
                    if (attempt == 10) {
                        throw stillInUse;
                    }
                }
            }
        }
    }
}
