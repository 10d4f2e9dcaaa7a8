package com.monps.desktop.dashboard;

import com.monps.core.db.Channels;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.core.repo.OpportunityBoard;
import com.monps.core.repo.StatsRepository;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.fx.UiContext;
import org.jooq.DSLContext;

/** Creates the dashboard's model and view, loads its figures and reloads them when bets or opportunities change. */
public final class DashboardController extends LiveScreen<DashboardModel.Snapshot> {

    private final DashboardModel model;
    private final DashboardView view;
    private final UiContext ui;
    private final StatsRepository stats;
    private final AnalyticsRepository analytics;
    private final OpportunityBoard board;
    private final AgentHealthRepository health;

    public DashboardController(UiContext ui, DSLContext dsl, Theme theme) {
        super(ui, Channels.BETS, Channels.OPPORTUNITIES);
        this.model = new DashboardModel();
        this.view = new DashboardView(model, ui.i18n(), ui.formats(), theme);
        this.ui = ui;
        this.stats = new StatsRepository(dsl);
        this.analytics = new AnalyticsRepository(dsl);
        this.board = new OpportunityBoard(dsl);
        this.health = new AgentHealthRepository(dsl);
    }

    @Override
    public void refresh() {
        load(this::read, model::set);
    }

    private DashboardModel.Snapshot read() {
        var agent = new DashboardModel.Health(health.lastApiCall(), health.creditsRemaining(), health.lastRun("settle"),
                health.lastRun("clv"));
        return new DashboardModel.Snapshot(stats.betStats(), analytics.daily(null, null),
                board.top(OpportunityBoard.Ranking.LATEST, 8, null), agent);
    }

    @Override
    public DashboardView view() {
        return view;
    }
}
