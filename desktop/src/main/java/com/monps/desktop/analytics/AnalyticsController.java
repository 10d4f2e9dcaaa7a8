package com.monps.desktop.analytics;

import com.monps.core.db.Channels;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.desktop.fx.LatestOnly;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.Subscriptions;
import com.monps.desktop.fx.UiContext;
import javafx.scene.Node;
import org.jooq.DSLContext;

import java.time.Clock;

/** Loads the aggregates for the chosen period and grouping; reloads when they change or when bets change. */
public final class AnalyticsController implements Screen {

    private final AnalyticsModel model;
    private final AnalyticsView view;
    private final UiContext ui;
    private final AnalyticsRepository analytics;
    private final Clock clock;
    private final LatestOnly<AnalyticsModel.Figures> loader;
    private final Subscriptions subscriptions = new Subscriptions();

    public AnalyticsController(AnalyticsModel model, AnalyticsView view, UiContext ui, DSLContext dsl, Clock clock) {
        this.model = model;
        this.view = view;
        this.ui = ui;
        this.analytics = new AnalyticsRepository(dsl);
        this.clock = clock;
        this.loader = new LatestOnly<>(ui.runner());
        model.periodProperty().addListener((obs, old, now) -> refresh());
        model.dimensionProperty().addListener((obs, old, now) -> refresh());
    }

    @Override
    public void activate() {
        subscriptions.add(ui.feed().subscribe(Channels.BETS, this::refresh));
        refresh();
    }

    @Override
    public void deactivate() {
        subscriptions.releaseAll();
    }

    @Override
    public void refresh() {
        var from = model.periodProperty().get().start(clock);
        var dimension = model.dimensionProperty().get();
        loader.load(() -> new AnalyticsModel.Figures(analytics.daily(from, null), analytics.breakdown(dimension, from, null),
                analytics.hitRateByImpliedProbability(from, null)), figures -> {
            model.set(figures);
            ui.status().reportSuccess();
        }, ui.status()::reportFailure);
    }

    @Override
    public Node view() {
        return view.root();
    }
}
