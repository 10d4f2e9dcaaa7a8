package com.monps.desktop.alerts;

import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketSide;
import com.monps.desktop.fx.MarketText;

/** What an alert says: the match, the selection (with its market and line on totals and spreads) at the bookmaker's price, the edge, and the model's price when there is one. */
final class AlertText {

    private AlertText() {
    }

    static String of(OpportunityAlert alert, I18n i18n, Formats formats) {
        var o = alert.opportunity();
        String model = alert.modelPrice().map(price -> "  ·  " + i18n.format("alerts.model", formats.odds(price))).orElse("");
        return alert.entry().match().label() + "\n"
                + i18n.format("alerts.line", new MarketText(i18n).describe(MarketSide.of(o)), formats.odds(o.odds()), o.bookmaker(),
                        formats.signedPercent(alert.edgePct())) + model;
    }
}
