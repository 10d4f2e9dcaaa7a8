package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Nodes;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.settings.DesktopSettings;
import com.monps.desktop.settings.SettingsStore;
import com.monps.desktop.shared.AlertRuleStore;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Alerts through the whole workstation: turned on in Settings, rung by a scan's NOTIFY, opened into the bet dialog. */
@ExtendWith(ApplicationExtension.class)
class WorkstationAlertsTest {

    @TempDir
    static Path folder;

    private Database db;
    private Workstation workstation;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        workstation = new Workstation(db, TaskRunner.direct(), new SettingsStore(folder.resolve("settings.properties")),
                DesktopSettings.defaults(), new I18n(Locale.ENGLISH), changed -> { }, "test", Optional.empty(),
                new AlertRuleStore(folder.resolve("alerts.properties")));
        Scene scene = new Scene(workstation.shell().root(), 1400, 850);
        DesktopSettings.defaults().theme().applyTo(scene);
        stage.setScene(scene);
        stage.show();
        workstation.start(Workstation.SETTINGS);
    }

    @AfterEach
    void tearDown() {
        workstation.close();
        db.close();
    }

    @Test
    void alertsTurnedOnInSettingsRingWhenAScanWritesAnOpportunityAndOpenTheBetDialog(FxRobot robot) throws Exception {
        robot.clickOn("#settings-alerts-enabled");
        robot.interact(() -> robot.lookup("#settings-alert-min-edge").queryAs(TextField.class).setText("3"));
        robot.interact(() -> robot.lookup("#settings-alert-min-patron").queryAs(TextField.class).setText("0"));
        robot.clickOn("#settings-save");

        var c = db.config();
        try (var scan = DriverManager.getConnection(c.url(), c.user(), c.password()); var sql = scan.createStatement()) {
            sql.execute("""
                    INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team)
                    VALUES ('m-next', 'soccer_epl', 'EPL', now() + interval '2 days', 'Fulham', 'Brentford')""");
            sql.execute("""
                    INSERT INTO opportunities (match_id, outcome, bookmaker, odds, edge_value, confidence_score, agent_name, fair_prob)
                    VALUES ('m-next', 'away', 'bet365', 4.20, 0.05, 0.5, 'anomaly-ev', 0.25)""");
        }

        String text = "Fulham – Brentford\nAway at 4.20 (bet365), edge +5.0 %";
        await().atMost(Duration.ofSeconds(2)).until(() -> robot.lookup(text).tryQuery().isPresent());
        robot.clickOn(text);

        assertThat(robot.lookup("#bet-odds").queryAs(TextField.class).getText()).isEqualTo("4.2");
        assertThat(workstation.lastBetDialog()).hasValueSatisfying(d -> assertThat(Nodes.<ComboBox<String>>find(d, "bet-bookmaker").getEditor().getText()).isEqualTo("bet365"));
    }
}
