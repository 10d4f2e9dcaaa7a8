package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.settings.DesktopSettings;
import com.monps.desktop.settings.SettingsStore;
import com.monps.desktop.shared.AlertRuleStore;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class WorkstationTest {

    @TempDir
    static Path folder;

    private Database db;
    private Workstation workstation;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        SettingsStore store = new SettingsStore(folder.resolve("settings.properties"));
        workstation = new Workstation(db, TaskRunner.direct(), store, DesktopSettings.defaults(), new I18n(Locale.ENGLISH),
                changed -> { }, "test", Optional.empty(),
                new AlertRuleStore(folder.resolve("alerts.properties")));
        Scene scene = new Scene(workstation.shell().root(), 1300, 800);
        DesktopSettings.defaults().theme().applyTo(scene);
        Shortcuts.install(scene, workstation);
        stage.setScene(scene);
        stage.show();
        workstation.start(Workstation.DASHBOARD);
    }

    @AfterEach
    void tearDown() {
        workstation.close();
        db.close();
    }

    @Test
    void shortcutsSwitchPagesAndTheNavigationFollows(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);

        assertThat(workstation.shell().current()).isEqualTo(Workstation.OPPORTUNITIES);
        assertThat(robot.lookup("#nav-opportunities").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#opportunities-table").tryQuery()).isPresent();

        robot.clickOn("#nav-analytics");
        assertThat(workstation.shell().current()).isEqualTo(Workstation.ANALYTICS);
    }

    @Test
    void anEmptyBookSaysWhatWouldFillEachChartInsteadOfABareAxis(FxRobot robot) {
        assertThat(robot.lookup("#equity-chart").query().isVisible()).isFalse();
        assertThat(visibleText(robot, "#equity-chart-empty")).startsWith("Settled bets draw the equity curve here");
        assertThat(robot.lookup("The agent's scans list their latest finds here.").tryQuery()).isPresent();

        robot.clickOn("#nav-analytics");
        assertThat(robot.lookup("#analytics-cumulative").query().isVisible()).isFalse();
        assertThat(visibleText(robot, "#analytics-cumulative-empty")).isEqualTo("Settled bets in this period draw the cumulative P&L here.");
        assertThat(visibleText(robot, "#analytics-clv-empty")).isEqualTo("Bets with a closing price draw their CLV here.");
        assertThat(visibleText(robot, "#analytics-calibration-empty")).startsWith("Settled bets compare their hit rate");
        assertThat(robot.lookup("Settled bets in this period fill this table, one row per group.").tryQuery()).isPresent();

        robot.clickOn("#nav-bets");
        assertThat(robot.lookup("No bet here: record one with Ctrl+N or from an opportunity (or loosen the filters).").tryQuery()).isPresent();
        robot.clickOn("#nav-opportunities");
        assertThat(robot.lookup("No opportunity: the agent's scans list their finds here (or loosen the filters).").tryQuery()).isPresent();
    }

    private static String visibleText(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        assertThat(label.isVisible()).as(id + " visible").isTrue();
        return label.getText();
    }

    @Test
    void controlNOpensTheBetDialogOnTheBetsPage(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);

        assertThat(workstation.shell().current()).isEqualTo(Workstation.BETS);
        assertThat(robot.lookup("#bet-odds").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }
}
