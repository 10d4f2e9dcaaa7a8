package com.monps.desktop.alerts;

import com.monps.desktop.shared.ModelPrices;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.betentry.BetDialogs;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.shared.AlertRule;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Creates the alerts model and view and the {@link OpportunityAlerts} that fill them all session long (the page itself
 * holds nothing while hidden); an alert, clicked in its popup or on the page, opens the bet dialog at its price.
 */
public final class AlertsController implements Screen, AutoCloseable {

    private final AlertsModel model = new AlertsModel();
    private final AlertsView view;
    private final OpportunityAlerts watcher;
    private final BetDialogs betDialogs;

    public AlertsController(UiContext ui, OpportunityBoard board, Supplier<StakingRules> staking, ModelPrices modelPrices,
                            Notifier notifier, BetDialogs betDialogs, Clock clock, AlertRule rule) {
        this.betDialogs = betDialogs;
        this.view = new AlertsView(model, this, ui.i18n(), ui.formats());
        this.watcher = new OpportunityAlerts(ui, board, staking, modelPrices, notifier, this::onOpen, clock, model, rule);
    }

    public AlertsController start() {
        watcher.start();
        return this;
    }

    public void ruleChanged(AlertRule rule) {
        watcher.ruleChanged(rule);
    }

    /** Opens the bet dialog at the alerted price with the Kelly stake. */
    void onOpen(OpportunityAlert alert) {
        betDialogs.record(BetForm.fromOpportunity(alert.opportunity(), alert.entry().match(), alert.kellyStake()));
    }

    @Override
    public AlertsView view() {
        return view;
    }

    public AlertsModel model() {
        return model;
    }

    @Override
    public void activate() {
    }

    @Override
    public void deactivate() {
    }

    @Override
    public void refresh() {
    }

    @Override
    public void close() throws Exception {
        watcher.close();
    }
}
