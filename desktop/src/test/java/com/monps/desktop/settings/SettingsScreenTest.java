package com.monps.desktop.settings;

import com.monps.core.db.Database;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.ScreenHarness;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.history.FootballDataSite;
import com.monps.desktop.history.HistoryRefresh;
import com.monps.desktop.history.Season;
import com.monps.desktop.history.SeasonDownloader;
import com.monps.desktop.shared.AlertRule;
import com.monps.desktop.shared.AlertRuleStore;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.monps.core.jooq.Tables.MATCHES;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    @TempDir
    static Path folder;

    private static final Instant TODAY = Instant.parse("2026-12-01T09:00:00Z");

    private SettingsStore store;
    private final List<DesktopSettings> applied = new ArrayList<>();
    private final List<AlertRule> appliedRules = new ArrayList<>();
    private FootballDataSite site;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(folder, "s");
        store = new SettingsStore(dir.resolve("settings.properties"));
        site = new FootballDataSite().serve(new Season("E0", 2026), FootballDataSite.ONE_MATCH);
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache").resolve("E0_2627.csv"), HistoryFiles.HEADER + "\n");
        db = TestDatabase.fresh();
        var downloader = new SeasonDownloader(HttpClient.newHttpClient(), site.base(), dir.resolve("cache"), Clock.fixed(TODAY, ZoneOffset.UTC));
        I18n i18n = new I18n(Locale.ENGLISH);
        ScreenHarness.show(stage, new SettingsController(store, new AlertRuleStore(dir.resolve("alerts.properties")), TaskRunner.direct(),
                i18n, Optional.of(new HistoryRefresh(downloader, db.dsl())), new SettingsController.Applied() {
                    @Override
                    public void settings(DesktopSettings changed) {
                        applied.add(changed);
                    }

                    @Override
                    public void alertRule(AlertRule changed) {
                        appliedRules.add(changed);
                    }
                }));
    }

    @AfterEach
    void tearDown() {
        site.close();
        db.close();
    }

    @Test
    void refreshHistoryDownloadsTheCurrentSeasonAgainAndImportsItsNewRounds(FxRobot robot) {
        robot.clickOn("#settings-refresh-history");

        assertThat(message(robot)).isEqualTo("Refreshed Premier League 2026/27: 1 matches added, 0 updated.");
        assertThat(site.requested()).containsExactly("/mmz4281/2627/E0.csv");
        assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(1);
    }

    @Test
    void aBankrollThatIsNotANumberIsRefusedAndNothingIsSaved(FxRobot robot) {
        replace(robot, "#settings-bankroll", "lots");
        robot.clickOn("#settings-save");

        assertThat(message(robot)).isEqualTo("Not saved: bankroll must be a number (got \"lots\")");
        assertThat(store.exists()).isFalse();
        assertThat(applied).isEmpty();
    }

    @Test
    void aKellyFractionAboveOneIsRefusedWithItsReason(FxRobot robot) {
        replace(robot, "#settings-kelly", "1.5");
        robot.clickOn("#settings-save");

        assertThat(message(robot)).contains("Kelly fraction must be above 0 and at most 1");
        assertThat(store.exists()).isFalse();
    }

    @Test
    void aRemoteProfileIsSavedAndItsPasswordGoesToAFileOnlyTheOwnerCanRead(FxRobot robot) throws Exception {
        Path passwordFile = folder.resolve("remote.pass");
        robot.interact(() -> robot.lookup("#settings-profile").queryComboBox().getSelectionModel().select("remote"));
        replace(robot, "#settings-host", "10.8.0.1");
        replace(robot, "#settings-port", "5433");
        replace(robot, "#settings-database", "monps");
        replace(robot, "#settings-user", "trader");
        replace(robot, "#settings-password-file", passwordFile.toString());
        robot.clickOn("#settings-password").write("pa55word");
        replace(robot, "#settings-bankroll", "2500");
        robot.clickOn("#settings-save");

        DesktopSettings saved = store.load();
        assertThat(saved.profile().describe()).isEqualTo("trader@10.8.0.1:5433/monps");
        assertThat(saved.bankroll()).isEqualByComparingTo("2500");
        assertThat(Files.readString(passwordFile)).isEqualTo("pa55word");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(robot.lookup("#settings-password").queryAs(TextField.class).getText()).isEmpty();
        assertThat(applied).hasSize(1);
    }

    @Test
    void alertsAreOffUntilTurnedOnAndTheRuleIsSavedAndApplied(FxRobot robot) {
        assertThat(robot.lookup("#settings-alerts-enabled").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#settings-alert-min-edge").queryAs(TextField.class).isDisabled()).isTrue();

        robot.clickOn("#settings-alerts-enabled");
        replace(robot, "#settings-alert-min-edge", "4");
        replace(robot, "#settings-alert-min-patron", "55");
        robot.clickOn("#settings-save");

        assertThat(appliedRules).singleElement().isEqualTo(new AlertRule(true, new BigDecimal("4"), new BigDecimal("55")));
    }

    @Test
    void aPatronScoreAbove100IsRefusedWithItsReason(FxRobot robot) {
        robot.clickOn("#settings-alerts-enabled");
        replace(robot, "#settings-alert-min-patron", "120");
        robot.clickOn("#settings-save");

        assertThat(message(robot)).isEqualTo("Not saved: alert patron score must be between 0 and 100 (got 120)");
        assertThat(appliedRules).isEmpty();
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#settings-message").queryAs(Label.class).getText();
    }
}
