package com.monps.desktop.app;

import com.monps.core.db.Channels;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.Line;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.agent.AgentClient;
import com.monps.desktop.agent.AgentController;
import com.monps.desktop.alerts.AlertsController;
import com.monps.desktop.shared.ModelPrices;
import com.monps.desktop.alerts.NotificationPopups;
import com.monps.desktop.analytics.AnalyticsController;
import com.monps.desktop.betentry.BetDialogView;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.MatchModels;
import com.monps.desktop.bets.BetRow;
import com.monps.desktop.bets.BetsController;
import com.monps.desktop.dashboard.DashboardController;
import com.monps.core.db.ChangeFeed;
import com.monps.desktop.fx.ConnectionStatus;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.FxDialogs;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.history.HistoryRefresh;
import com.monps.desktop.matchdetail.MatchDetailController;
import com.monps.desktop.opportunities.OpportunitiesController;
import com.monps.desktop.settings.DesktopSettings;
import com.monps.desktop.settings.SecretFile;
import com.monps.desktop.settings.SettingsController;
import com.monps.desktop.settings.SettingsStore;
import com.monps.desktop.shared.AlertRule;
import com.monps.desktop.shared.AlertRuleStore;
import com.monps.desktop.shared.MatchFocus;
import javafx.application.Platform;
import javafx.stage.Window;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The composition root of a session: builds every screen over one database, one feed, one task runner, and the shell. */
public final class Workstation implements AutoCloseable {

    public static final String DASHBOARD = "dashboard";
    public static final String BETS = "bets";
    public static final String OPPORTUNITIES = "opportunities";
    public static final String ANALYTICS = "analytics";
    public static final String AGENT = "agent";
    public static final String SETTINGS = "settings";
    public static final String MATCH = "match";
    /** The analytics page on its goal model tab (a snapshot, not a page of the navigation). */
    public static final String ANALYTICS_MODEL = "analytics-model";
    /** The same match's detail on goal totals and on the Asian handicap (snapshots). */
    public static final String MATCH_TOTALS = "match-totals";
    public static final String MATCH_SPREADS = "match-spreads";
    public static final String ALERTS = "alerts";

    /**
     * How the pages' change feed coalesces bursts of notifications. A scan or a collection commits once, so its
     * notifications arrive together: 50 ms of quiet is enough to coalesce them, and the 150 ms used before were half of
     * the time from a collection's commit to the opportunity on the page (bench/RESULTS.md, "Commit to screen").
     */
    public static final Duration FEED_QUIET = Duration.ofMillis(50);
    public static final Duration FEED_MAX_DELAY = Duration.ofMillis(750);

    private final ChangeFeed feed;
    private final Shell shell;
    private final BetsController bets;
    private final MatchDetailController match;
    private final AlertsController alerts;
    private final BetEntry entry;
    private AnalyticsController analytics;
    private volatile DesktopSettings settings;

    public Workstation(Database db, TaskRunner runner, SettingsStore store, DesktopSettings initial, I18n i18n,
                       Consumer<DesktopSettings> onSettingsChanged, String connectionLabel, Optional<HistoryRefresh> history,
                       AlertRuleStore alertRules) {
        this.settings = initial;
        ConnectionStatus status = new ConnectionStatus();
        feed = new ChangeFeed(db::openDedicatedConnection, Channels.ALL, Platform::runLater, FEED_QUIET, FEED_MAX_DELAY);
        feed.onConnectionChange(online -> Platform.runLater(() -> reportFeed(status, online)));
        status.onRetry(feed::retryNow);
        UiContext ui = new UiContext(runner, feed, status, i18n, new Formats(i18n.locale(), ZoneId.systemDefault()));
        Clock clock = Clock.systemUTC();
        shell = new Shell(i18n, status, connectionLabel);
        Supplier<Window> window = () -> shell.root().getScene() == null ? null : shell.root().getScene().getWindow();
        entry = new BetEntry(ui, new MatchRepository(db.dsl()), new BetRepository(db.dsl()), () -> settings.staking(),
                this::knownBookmakers, clock, window, new MatchModels(db.dsl(), ui.runner(), clock));
        match = new MatchDetailController(ui, db.dsl());
        bets = new BetsController(ui, db.dsl(), entry, new FxDialogs(window), clock, this::openMatch);
        addTradingPages(ui, db, entry, clock);
        alerts = new AlertsController(ui, new OpportunityBoard(db.dsl()), () -> settings.staking(), ModelPrices.FROM_DETAILS,
                new NotificationPopups(window, i18n, ui.formats(), initial.theme() == Theme.DARK), entry, clock, alertRules.load());
        addControlPages(ui, db, store, onSettingsChanged, history, alertRules);
        shell.add(ALERTS, i18n.get("nav.alerts"), "Ctrl+7", alerts);
        shell.addHidden(MATCH, match);
        shell.finishNavigation();
    }

    private void addTradingPages(UiContext ui, Database db, BetEntry entry, Clock clock) {
        I18n i18n = ui.i18n();
        shell.add(DASHBOARD, i18n.get("nav.dashboard"), "Ctrl+1", new DashboardController(ui, db.dsl(), settings.theme()));
        shell.add(BETS, i18n.get("nav.bets"), "Ctrl+2", bets);
        shell.addLazily(OPPORTUNITIES, i18n.get("nav.opportunities"), "Ctrl+3",
                () -> new OpportunitiesController(ui, db.dsl(), entry, () -> settings.staking()));
        shell.addLazily(ANALYTICS, i18n.get("nav.analytics"), "Ctrl+4", () -> analytics = new AnalyticsController(ui, db.dsl(), clock));
    }

    private void addControlPages(UiContext ui, Database db, SettingsStore store, Consumer<DesktopSettings> onSettingsChanged,
                                 Optional<HistoryRefresh> history, AlertRuleStore alertRules) {
        I18n i18n = ui.i18n();
        AgentClient agent = new AgentClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                () -> settings.agentUrl(), this::agentToken);
        shell.addLazily(AGENT, i18n.get("nav.agent"), "Ctrl+5",
                () -> new AgentController(ui, agent, new AgentHealthRepository(db.dsl())));
        shell.addLazily(SETTINGS, i18n.get("nav.settings"), "Ctrl+6", () -> new SettingsController(store, alertRules, ui.runner(), i18n, history,
                new SettingsController.Applied() {
                    @Override
                    public void settings(DesktopSettings changed) {
                        Workstation.this.settings = changed;
                        onSettingsChanged.accept(changed);
                    }

                    @Override
                    public void alertRule(AlertRule changed) {
                        alerts.ruleChanged(changed);
                    }
                }));
    }

    /** The live feed's connection is the first to notice a database that went away, even when no page is loading. */
    private static void reportFeed(ConnectionStatus status, boolean online) {
        if (online) {
            status.reportSuccess();
        } else {
            status.reportFailure(new IllegalStateException("lost the connection for live updates"));
        }
    }

    public Workstation start(String firstScreen) {
        feed.start();
        alerts.start();
        shell.show(firstScreen);
        return this;
    }

    public void openMatch(MatchFocus focus) {
        match.focus(focus);
        shell.show(MATCH);
    }

    /** Shows the match of the newest bet, if there is one (for the snapshot). */
    void openNewestBetsMatch() {
        bets.model().rows().visible().stream().findFirst().ifPresentOrElse(row -> openMatch(MatchFocus.of(row.bet())),
                () -> shell.show(MATCH));
    }

    /** The bets page showing the bets of {@code market} only (for the snapshot). */
    void showBetsOn(Market market) {
        shell.show(BETS);
        bets.model().marketProperty().set(market.code());
    }

    /** Switches the match detail on screen to another market (for the snapshot). */
    void showMatchMarket(Market market) {
        match.model().marketProperty().set(market);
    }

    /** Shows the analytics page on its goal model tab (for the snapshot). */
    void showModelScorecard() {
        shell.show(ANALYTICS);
        analytics.model().modelShownProperty().set(true);
    }

    /** The bet dialog opened last (for the snapshot). */
    Optional<BetDialogView> lastBetDialog() {
        return Optional.ofNullable(entry.lastDialog());
    }

    /** The bookmakers of the book, offered by the bet dialog. */
    private List<String> knownBookmakers() {
        return bets.model().bookmakerChoices();
    }

    /**
     * Opens the bet dialog on the match, market, quarter line, side, price and bookmaker of the newest quarter-line bet
     * of the book (for the snapshot); false when the book has none.
     */
    boolean recordOnNewestQuarterLine() {
        Optional<Bet> quarter = bets.model().rows().visible().stream().map(BetRow::bet)
                .filter(bet -> bet.point() != null && new Line(bet.point()).isQuarter()).findFirst();
        quarter.ifPresent(bet -> entry.record(BetForm.manual(
                Match.upcoming(bet.matchId(), bet.sport(), bet.league(), bet.commenceTime(), bet.homeTeam(), bet.awayTeam()),
                bet.market(), bet.point().stripTrailingZeros().toPlainString(), bet.outcome(),
                bet.odds().stripTrailingZeros().toPlainString(), "10", bet.bookmaker(), null)));
        return quarter.isPresent();
    }

    public void recordBet() {
        shell.show(BETS);
        bets.recordBet();
    }

    public void findBets() {
        shell.show(BETS);
        bets.view().focusSearch();
    }

    private Optional<String> agentToken() {
        String env = System.getenv("MONPS_AGENT_TOKEN");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        try {
            return SecretFile.read(settings.agentTokenFile());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Shell shell() {
        return shell;
    }

    public DesktopSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            alerts.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the alerts", e);
        }
        feed.close();
    }
}
