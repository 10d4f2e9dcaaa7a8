package com.monps.desktop.app;

import com.monps.desktop.fx.BackgroundTaskRunner;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.history.HistoryRefresh;
import com.monps.desktop.history.Season;
import com.monps.desktop.history.SeasonCatalog;
import com.monps.desktop.settings.DesktopSettings;
import com.monps.desktop.settings.SettingsStore;
import com.monps.desktop.shared.AlertRuleStore;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Optional;

/**
 * The JavaFX application: shows progress while the database opens (first start: embedded server, import, demo bets),
 * then the workstation on the page left last. With {@code --snapshot DIR} it renders the main pages and exits.
 */
public final class MonpsApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(MonpsApp.class);
    /** The start-up probe's lines ("first-window-ms 1840"), printed bare (logback.xml) for bench/ and jlink/ to read. */
    private static final Logger PROBE = LoggerFactory.getLogger("com.monps.desktop.StartupProbe");
    private static volatile int exitCode;

    private LaunchOptions options;
    private SettingsStore store;
    private DesktopSettings settings;
    private final BackgroundTaskRunner background = new BackgroundTaskRunner();
    private final Clock clock = Clock.systemUTC();
    private OpenedDatabase opened;
    private Workstation workstation;

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        store = new SettingsStore(options.dataDir().resolve("settings.properties"));
        settings = store.load();
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(settings.locale());
        PreparingModel preparing = new PreparingModel();
        Scene scene = new Scene(new PreparingView(preparing, i18n).root(), options.snapshot() ? 1480 : settings.windowWidth(),
                options.snapshot() ? 900 : settings.windowHeight());
        settings.theme().applyTo(scene);
        stage.setTitle(i18n.get("app.title"));
        stage.setScene(scene);
        if (options.startupProbe()) {
            reportFirstFrame(scene, "first-window-ms", false);
        }
        stage.show();
        boolean unattended = options.snapshot() || options.startupProbe();
        SeasonCatalog seasons = new SeasonCatalog(clock);
        DatabaseStartup startup = new DatabaseStartup(options.dataDir(), i18n, step -> Platform.runLater(() -> preparing.step(step)),
                unattended ? seasons::defaults : () -> SeasonPrompt.ask(stage, i18n, seasons), clock);
        background.run(() -> startup.open(settings.profile(), () -> PasswordPrompt.ask(stage, i18n, settings.profile().describe())),
                database -> open(stage, scene, i18n, database, startup), error -> {
                    LOG.error("start failed", error);
                    preparing.fail(i18n.format("prepare.failed", error.getMessage()));
                    if (options.snapshot() || options.startupProbe()) {
                        exitCode = 1;
                        Platform.exit();
                    }
                });
    }

    private void open(Stage stage, Scene scene, I18n i18n, OpenedDatabase database, DatabaseStartup startup) {
        opened = database;
        TaskRunner runner = options.snapshot() ? TaskRunner.direct() : background;
        // the agent keeps a remote database's history; the desktop refreshes only the embedded one it filled
        Optional<HistoryRefresh> history = database.embedded() == null ? Optional.empty()
                : Optional.of(new HistoryRefresh(startup.downloader(), database.database().dsl()));
        workstation = new Workstation(database.database(), runner, store, settings, i18n,
                changed -> changed.theme().applyTo(scene), settings.profile().describe(), history,
                new AlertRuleStore(options.dataDir().resolve("alerts.properties")));
        scene.setRoot(workstation.shell().root());
        Shortcuts.install(scene, workstation);
        workstation.start(options.snapshot() ? Workstation.DASHBOARD : settings.lastScreen());
        if (options.snapshot()) {
            snapshot(scene);
            return;
        }
        if (options.startupProbe()) {
            reportFirstFrame(scene, "first-workstation-ms", true);
            return;
        }
        history.ifPresent(this::refreshStaleHistory);
        if (database.notice() != null) {
            Alert notice = new Alert(Alert.AlertType.INFORMATION, database.notice());
            notice.initOwner(stage);
            notice.setHeaderText(null);
            notice.show();
        }
    }

    /** The site adds each round to the current season: a copy older than a day is fetched again, quietly. */
    private void refreshStaleHistory(HistoryRefresh history) {
        background.run(history::refreshStale, refreshed -> LOG.info("current season refreshed: {} ({})",
                        refreshed.seasons().stream().map(Season::label).toList(), refreshed.imported().describe()),
                error -> LOG.warn("current season not refreshed: {}", error.toString()));
    }

    private void snapshot(Scene scene) {
        try {
            Snapshots.render(workstation, scene, options.snapshotDir(), Platform::exit);
        } catch (Exception e) {
            LOG.error("snapshot failed", e);
            exitCode = 1;
            Platform.exit();
        }
    }

    private void rememberWindow() {
        Scene scene = workstation.shell().root().getScene();
        String page = workstation.shell().current();
        store.save(workstation.settings().withWindow(scene.getWidth(), scene.getHeight(),
                page == null || Workstation.MATCH.equals(page) ? Workstation.DASHBOARD : page));
    }

    /** Prints the time from JVM start to the next frame of {@code scene} (for bench/), then exits if asked. */
    private static void reportFirstFrame(Scene scene, String label, boolean exit) {
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            scene.removePostLayoutPulseListener(probe[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            PROBE.info("{} {}", label, ms);
            if (exit) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(probe[0]);
    }

    @Override
    public void stop() {
        background.close();
        if (workstation != null) {
            if (!options.snapshot() && !options.startupProbe()) {
                rememberWindow();
            }
            workstation.close();
        }
        if (opened != null) {
            opened.close();
        }
    }
}
