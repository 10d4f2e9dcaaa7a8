package com.monps.desktop.analytics;

import com.monps.core.db.Channels;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import org.jooq.DSLContext;

import java.time.Clock;

/** Creates the analytics model and view; loads the aggregates for the chosen period and grouping; reloads when they change or when bets change. */
public final class AnalyticsController extends LiveScreen<AnalyticsModel.Figures> {

    private final AnalyticsModel model;
    private final AnalyticsView view;
    private final UiContext ui;
    private final AnalyticsRepository analytics;
    private final Clock clock;

    public AnalyticsController(UiContext ui, DSLContext dsl, Clock clock) {
        super(ui, Channels.BETS);
        this.model = new AnalyticsModel();
        this.view = new AnalyticsView(model, ui.i18n(), ui.formats());
        this.ui = ui;
        this.analytics = new AnalyticsRepository(dsl);
        this.clock = clock;
        model.periodProperty().addListener((obs, old, now) -> refresh());
        model.dimensionProperty().addListener((obs, old, now) -> refresh());
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
