package com.monps.desktop.alerts;

import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;

/** What an alert says: the match, the selection at the bookmaker's price, the edge, and the model's price when there is one. */
final class AlertText {

    private AlertText() {
    }

    static String of(OpportunityAlert alert, I18n i18n, Formats formats) {
        var o = alert.opportunity();
        String model = alert.modelPrice().map(price -> "  ·  " + i18n.format("alerts.model", formats.odds(price))).orElse("");
        return alert.entry().match().label() + "\n"
                + i18n.format("alerts.line", i18n.get("outcome." + o.outcome().code()), formats.odds(o.odds()), o.bookmaker(),
                        formats.signedPercent(alert.edgePct())) + model;
    }
}
