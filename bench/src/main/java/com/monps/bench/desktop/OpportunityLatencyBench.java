package com.monps.bench.desktop;

import com.monps.bench.BenchServer;
import com.monps.bench.Timing;
import com.monps.bench.ingest.OddsRows;
import com.monps.bench.scan.ScanMarkets;
import com.monps.core.agents.Bankroll;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanSettings;
import com.monps.core.db.ChangeFeed;
import com.monps.core.db.Channels;
import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.alerts.AlertsModel;
import com.monps.desktop.alerts.OpportunityAlerts;
import com.monps.desktop.app.Workstation;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.BackgroundTaskRunner;
import com.monps.desktop.fx.ConnectionStatus;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.opportunities.OpportunitiesController;
import com.monps.desktop.opportunities.OpportunityRow;
import com.monps.desktop.shared.AlertRule;
import com.monps.desktop.shared.ModelPrices;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * From a collection's commit to the trader's eyes: a board of {@code EVENTS} events × 20 bookmakers, the desktop's
 * real opportunities page (controller, model, view in a shown window, the change feed with the workstation's own
 * coalescing) and its real alerts; then, per round, one poll of one league (20 events) committed with one price far
 * above its market, the agent's incremental scan right after the commit (what the scheduler runs), and the time until
 * the new opportunity is on the page (after the next pulse) and until its alert pops. Reference, same database: a
 * NOTIFY round trip (NOTIFY committed on one connection, received by a LISTENing one). Needs a display: run under
 * {@code xvfb-run -a} through the {@code bench-desktop} profile (bench/RESULTS.md). Usage: {@code [EVENTS] [ROUNDS]}.
 */
public final class OpportunityLatencyBench {

    private static final Instant AS_OF = Instant.parse("2025-03-01T12:00:00Z");
    private static final int WARM_UP = 3;

    private OpportunityLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.printf(Locale.ROOT, "load average at start: %.1f%n", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage());
        try (BenchServer server = BenchServer.start()) {
            DatabaseConfig config = server.freshDatabase("latency");
            try (Database db = Database.connect(config)) {
                ScanMarkets.load(db, AS_OF, events, 1000, 5);
                db.dsl().execute("VACUUM ANALYZE");
                OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")));
                System.out.println(scan.scan(AS_OF).describe());
                Platform.startup(() -> { }); // throws when there is no display or no GTK: nothing to exit then
                try {
                    measure(db, scan, rounds);
                } finally {
                    Platform.exit();
                }
            } finally {
                server.drop(config);
            }
        }
    }

    private static void measure(Database db, OpportunityScan scan, int rounds) throws Exception {
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner();
             ChangeFeed feed = new ChangeFeed(db::openDedicatedConnection, Channels.ALL, Platform::runLater,
                     Workstation.FEED_QUIET, Workstation.FEED_MAX_DELAY)) {
            CountDownLatch connected = new CountDownLatch(1);
            feed.onConnectionChange(online -> connected.countDown());
            feed.start();
            connected.await(30, TimeUnit.SECONDS);
            UiContext ui = new UiContext(runner, feed, new ConnectionStatus(), new I18n(Locale.ENGLISH),
                    new Formats(Locale.ENGLISH, ZoneOffset.UTC));
            StakingRules staking = new StakingRules(new BigDecimal("1000"), 0.25, 0.05);
            Page page = onFx(() -> new Page(ui, db, staking));
            page.awaitAlertsBaseline();
            double[] pageMillis = new double[rounds];
            double[] alertMillis = new double[rounds];
            double[] scanMillis = new double[rounds];
            double[] notifyMillis = new double[rounds];
            double[] deliveredMillis = new double[rounds];
            double[] listedMillis = new double[rounds];
            Random random = new Random(7);
            for (int i = 0; i < WARM_UP + rounds; i++) {
                Instant asOf = AS_OF.plus(Duration.ofMinutes(i + 1));
                int league = i / 20 % 3;
                page.expect("u" + league, OddsRows.BOOKMAKERS.get(i % 20), asOf);
                ScanMarkets.poll(db, league, 20, asOf.minusSeconds(1), random, 1.5 + 0.02 * i, i % 20);
                long committed = System.nanoTime();
                scan.scanChanges(asOf);
                long scanned = System.nanoTime();
                long[] seen = page.await();
                double notify = notifyRoundTrip(db);
                if (i >= WARM_UP) {
                    int r = i - WARM_UP;
                    scanMillis[r] = (scanned - committed) / 1e6;
                    pageMillis[r] = (seen[0] - committed) / 1e6;
                    alertMillis[r] = (seen[1] - committed) / 1e6;
                    notifyMillis[r] = notify;
                    deliveredMillis[r] = (seen[2] - committed) / 1e6;
                    listedMillis[r] = (seen[3] - committed) / 1e6;
                }
            }
            System.out.println("scan ms " + Arrays.toString(scanMillis));
            System.out.println("page ms " + Arrays.toString(pageMillis));
            System.out.println("alert ms " + Arrays.toString(alertMillis));
            System.out.println("notify ms " + Arrays.toString(notifyMillis));
            double notify = Timing.median(notifyMillis);
            System.out.println("| figure | median | p90 | reference: NOTIFY round trip, median | ratio | goal |");
            System.out.println("|---|---|---|---|---|---|");
            row("commit -> incremental scan committed", scanMillis, notify);
            row("commit -> the feed delivers the opportunities notification (FX thread)", deliveredMillis, notify);
            row("commit -> the new row in the page's list (page query + rows set)", listedMillis, notify);
            row("commit -> opportunities page updated (next pulse after the row is shown)", pageMillis, notify);
            row("commit -> alert shown", alertMillis, notify);
        }
    }

    private static void row(String what, double[] millis, double notify) {
        double median = Timing.median(millis);
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.2f ms | %.1f | %s |%n", what, median,
                Timing.percentile(millis, 90), notify, median / notify, what.contains("page updated") ? (median < 300 ? "PASS (< 300 ms)" : "FAIL (< 300 ms)") : "-");
    }

    /** NOTIFY committed on one connection until a LISTENing connection of the same server has it. */
    private static double notifyRoundTrip(Database db) throws Exception {
        try (Connection listener = db.openDedicatedConnection(); Connection sender = db.dataSource().getConnection();
             Statement listen = listener.createStatement(); Statement send = sender.createStatement()) {
            listen.execute("LISTEN monps_bench_ping");
            sender.setAutoCommit(true);
            long start = System.nanoTime();
            send.execute("NOTIFY monps_bench_ping");
            PGNotification[] got;
            do {
                got = listener.unwrap(PGConnection.class).getNotifications(10_000);
            } while (got == null || got.length == 0);
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** The opportunities page in a window and the alerts, and when each first shows the expected opportunity. */
    private static final class Page {

        private final OpportunitiesController controller;
        private final Scene scene;
        private volatile String matchId;
        private volatile String bookmaker;
        private volatile Instant detectedAt;
        private final AtomicLong shownAt = new AtomicLong();
        private final AtomicLong listedAt = new AtomicLong();
        private final AtomicLong deliveredAt = new AtomicLong();
        private final AtomicLong alertedAt = new AtomicLong();
        private volatile CountDownLatch done = new CountDownLatch(0);
        private final AlertsModel alertsModel = new AlertsModel();
        private final CountDownLatch baselineTaken = new CountDownLatch(1);

        Page(UiContext ui, Database db, StakingRules staking) {
            // no bet dialogs: the bench presses no button
            controller = new OpportunitiesController(ui, db.dsl(), null, () -> staking);
            scene = new Scene(controller.view().root(), 1400, 900);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            controller.activate();
            controller.refresh();
            controller.shownRows().addListener((ListChangeListener<OpportunityRow>) change -> {
                if (shownAt.get() == 0 && controller.shownRows().stream().anyMatch(row -> isExpected(row.opportunity()))) {
                    shownAt.set(-1);
                    listedAt.set(System.nanoTime());
                    // the row is in the table's list: stamp once the pulse that lays it out has run
                    Runnable[] stamp = new Runnable[1];
                    stamp[0] = () -> {
                        scene.removePostLayoutPulseListener(stamp[0]);
                        shownAt.set(System.nanoTime());
                        done.countDown();
                    };
                    scene.addPostLayoutPulseListener(stamp[0]);
                    Platform.requestNextPulse();
                }
            });
            ui.feed().subscribe(Channels.OPPORTUNITIES, () -> deliveredAt.compareAndSet(0, System.nanoTime()));
            alertsModel.lastCheckedProperty().addListener((property, before, now) -> baselineTaken.countDown());
            new OpportunityAlerts(ui, new OpportunityBoard(db.dsl()), () -> staking, ModelPrices.FROM_DETAILS,
                    (alert, onOpen) -> {
                        var o = alert.entry().opportunity();
                        if (alertedAt.get() == 0 && isExpected(o)) {
                            alertedAt.set(System.nanoTime());
                            done.countDown();
                        }
                    }, alert -> { }, Clock.fixed(AS_OF, ZoneOffset.UTC), alertsModel,
                    new AlertRule(true, new BigDecimal("30"), BigDecimal.ZERO)).start();
        }

        /** The boosted home price of this round, as the round's scan wrote it. */
        private boolean isExpected(Opportunity o) {
            return o.matchId().equals(matchId) && o.bookmaker().equals(bookmaker) && o.outcome() == Outcome.HOME
                    && o.detectedAt().equals(detectedAt);
        }

        /**
         * Waits for the alerts' first check, which takes what meets the rule as known: a round's opportunity that
         * committed before it would be taken as known too, and never alerted.
         */
        void awaitAlertsBaseline() throws InterruptedException {
            if (!baselineTaken.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the alerts never made their first check");
            }
        }

        void expect(String match, String book, Instant scannedAsOf) {
            matchId = match;
            bookmaker = book;
            detectedAt = scannedAsOf;
            shownAt.set(0);
            listedAt.set(0);
            deliveredAt.set(0);
            alertedAt.set(0);
            done = new CountDownLatch(2);
        }

        long[] await() throws Exception {
            if (!done.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the opportunity never reached the page and the alert: delivered "
                        + (deliveredAt.get() != 0) + ", listed " + (listedAt.get() != 0) + ", alerted " + (alertedAt.get() != 0)
                        + " (" + matchId + ", " + bookmaker + ")");
            }
            return new long[] {shownAt.get(), alertedAt.get(), deliveredAt.get(), listedAt.get()};
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
