package com.monps.desktop.analytics;

import com.monps.core.backtest.DatabaseHistory;
import com.monps.core.db.Channels;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import org.jooq.DSLContext;

/**
 * The goal model tab: computes the walk-forward scorecard of the stored matches in the background when the tab comes
 * on screen, and again when matches change (a result arriving redoes it; a new upcoming match only re-reads the
 * version and keeps the scorecard).
 */
public final class ScorecardController extends LiveScreen<StoredScorecard.Figures> {

    private final ScorecardModel model = new ScorecardModel();
    private final ScorecardView view;
    private final StoredScorecard scorecard;

    public ScorecardController(UiContext ui, DSLContext dsl) {
        super(ui, Channels.MATCHES);
        this.view = new ScorecardView(model, ui.i18n(), ui.formats());
        this.scorecard = new StoredScorecard(new DatabaseHistory(dsl));
    }

    @Override
    public void refresh() {
        if (model.figuresProperty().get() == null) {
            model.computing();
        }
        load(scorecard::current, model::set);
    }

    @Override
    public ScorecardView view() {
        return view;
    }

    public ScorecardModel model() {
        return model;
    }
}
