package com.monps.desktop.alerts;

import com.monps.desktop.fx.Screen;

/**
 * The alerts page: the day's alerts kept by {@link OpportunityAlerts}, which runs all session long; the page itself
 * holds nothing while hidden.
 */
public final class AlertsController implements Screen {

    private final AlertsView view;

    public AlertsController(AlertsView view) {
        this.view = view;
    }

    @Override
    public AlertsView view() {
        return view;
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
}
