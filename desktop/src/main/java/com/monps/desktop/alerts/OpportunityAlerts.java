package com.monps.desktop.alerts;

import com.monps.desktop.shared.ModelPrices;
import com.monps.core.db.Channels;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.shared.AlertRule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the opportunities NOTIFY channel for the whole session and alerts the trader to each new opportunity that
 * meets their {@link AlertRule}, once: a rescan that keeps or re-prices an opportunity (same row) stays quiet. What
 * meets the rule when alerts start, or when the rule changes, is taken as known, not announced. Runs on the FX thread.
 */
public final class OpportunityAlerts implements AutoCloseable {

    /** More new opportunities than this in one scan are listed on the alerts page without a popup each. */
    static final int POPUPS_PER_SCAN = 3;
    private static final int LIMIT = 500;

    private final UiContext ui;
    private final OpportunityBoard board;
    private final Supplier<StakingRules> staking;
    private final ModelPrices modelPrices;
    private final Notifier notifier;
    private final Consumer<OpportunityAlert> open;
    private final Clock clock;
    private final AlertsModel model;
    private final Set<Long> known = new HashSet<>();
    private AlertRule rule;
    private boolean baseline = true;
    private AutoCloseable subscription;

    public OpportunityAlerts(UiContext ui, OpportunityBoard board, Supplier<StakingRules> staking, ModelPrices modelPrices,
                             Notifier notifier, Consumer<OpportunityAlert> open, Clock clock, AlertsModel model, AlertRule rule) {
        this.ui = ui;
        this.board = board;
        this.staking = staking;
        this.modelPrices = modelPrices;
        this.notifier = notifier;
        this.open = open;
        this.clock = clock;
        this.model = model;
        this.rule = rule;
    }

    public OpportunityAlerts start() {
        subscription = ui.feed().subscribe(Channels.OPPORTUNITIES, this::check);
        check();
        return this;
    }

    /** A new rule applies from now: what already meets it is not announced. */
    public void ruleChanged(AlertRule changed) {
        rule = changed;
        known.clear();
        baseline = true;
        check();
    }

    private void check() {
        AlertRule current = rule;
        if (!current.enabled()) {
            model.checked(clock.instant());
            return;
        }
        ui.runner().run(() -> board.atLeast(current.minEdge(), current.minPatronScore(), clock.instant(), LIMIT),
                this::alertNew, ui.status()::reportFailure);
    }

    private void alertNew(List<OpportunityBoard.Entry> meeting) {
        List<OpportunityBoard.Entry> fresh = meeting.stream().filter(e -> known.add(e.opportunity().id())).toList();
        model.keepFrom(LocalDate.now(clock.withZone(ui.formats().zone())).atStartOfDay(ui.formats().zone()).toInstant());
        model.checked(clock.instant());
        if (baseline) {
            baseline = false;
            return;
        }
        StakingRules rules = staking.get();
        List<OpportunityAlert> alerts = fresh.stream().map(e -> new OpportunityAlert(e, e.opportunity().fairProb() == null ? null
                : rules.kellyStake(e.opportunity().odds(), e.opportunity().fairProb()), modelPrices.priceOf(e.opportunity()),
                clock.instant())).toList();
        model.add(alerts);
        alerts.stream().limit(POPUPS_PER_SCAN).forEach(alert -> notifier.show(alert, () -> open.accept(alert)));
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
