package com.monps.desktop.analytics;

import com.monps.core.db.Channels;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import org.jooq.DSLContext;

import java.time.Clock;

/**
 * Creates the analytics model and view; loads the aggregates for the chosen period and grouping; reloads when they
 * change or when bets change. The goal model tab is its own {@link ScorecardController}, running while that tab is shown.
 */
public final class AnalyticsController extends LiveScreen<AnalyticsModel.Figures> {

    private final AnalyticsModel model;
    private final AnalyticsView view;
    private final UiContext ui;
    private final AnalyticsRepository analytics;
    private final Clock clock;
    private final ScorecardController scorecard;
    private boolean active;
    private boolean scorecardActive;

    public AnalyticsController(UiContext ui, DSLContext dsl, Clock clock) {
        super(ui, Channels.BETS);
        this.model = new AnalyticsModel();
        this.scorecard = new ScorecardController(ui, dsl);
        this.view = new AnalyticsView(model, scorecard.view(), ui.i18n(), ui.formats());
        this.ui = ui;
        this.analytics = new AnalyticsRepository(dsl);
        this.clock = clock;
        model.periodProperty().addListener((obs, old, now) -> refresh());
        model.dimensionProperty().addListener((obs, old, now) -> refresh());
        model.modelShownProperty().addListener((obs, old, shown) -> followScorecard());
    }

    /** The scorecard tab loads (seconds of walk-forward) only while it is on screen, on a page that is on screen. */
    private void followScorecard() {
        boolean wanted = active && model.modelShownProperty().get();
        if (wanted != scorecardActive) {
            scorecardActive = wanted;
            if (wanted) {
                scorecard.activate();
            } else {
                scorecard.deactivate();
            }
        }
    }

    @Override
    protected void activated() {
        active = true;
        followScorecard();
    }

    @Override
    protected void deactivated() {
        active = false;
        followScorecard();
    }

    @Override
    public void refresh() {
        var from = model.periodProperty().get().start(clock);
        var dimension = model.dimensionProperty().get();
        load(() -> new AnalyticsModel.Figures(analytics.daily(from, null), analytics.breakdown(dimension, from, null),
                analytics.hitRateByImpliedProbability(from, null)), model::set);
    }

    @Override
    public AnalyticsView view() {
        return view;
    }

    public AnalyticsModel model() {
        return model;
    }
}
