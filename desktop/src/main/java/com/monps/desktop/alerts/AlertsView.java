package com.monps.desktop.alerts;

import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketSide;
import com.monps.desktop.fx.MarketText;
import com.monps.desktop.fx.RowOpening;
import com.monps.desktop.fx.View;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.time.Instant;

/** The day's alerts (AlertsView.fxml), newest first; a double click or Enter on one asks the controller to open it. */
public final class AlertsView implements View {

    private final VBox root;
    @FXML private Label checked;
    @FXML private TableView<OpportunityAlert> table;
    @FXML private TableColumn<OpportunityAlert, Instant> alerted;
    @FXML private TableColumn<OpportunityAlert, String> match;
    @FXML private TableColumn<OpportunityAlert, MarketSide> selection;
    @FXML private TableColumn<OpportunityAlert, BigDecimal> odds;
    @FXML private TableColumn<OpportunityAlert, String> bookmaker;
    @FXML private TableColumn<OpportunityAlert, BigDecimal> edge;
    @FXML private TableColumn<OpportunityAlert, BigDecimal> patron;
    @FXML private TableColumn<OpportunityAlert, BigDecimal> model;
    @FXML private TableColumn<OpportunityAlert, BigDecimal> kelly;

    public AlertsView(AlertsModel alerts, AlertsController controller, I18n i18n, Formats formats) {
        root = Fxml.load(this, i18n);
        checked.textProperty().bind(alerts.lastCheckedProperty().map(when -> i18n.format("alerts.checked", formats.dateTime(when))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.showText(alerted, OpportunityAlert::alertedAt, formats::dateTime, false);
        Columns.showText(match, a -> a.entry().match().label(), s -> s, false);
        MarketText markets = new MarketText(i18n);
        Columns.showText(selection, a -> MarketSide.of(a.opportunity()), markets::describe, false);
        Columns.showText(odds, a -> a.opportunity().odds(), formats::odds, true);
        Columns.showText(bookmaker, a -> a.opportunity().bookmaker(), s -> s, false);
        Columns.showText(edge, OpportunityAlert::edgePct, formats::signedPercent, true);
        Columns.showText(patron, a -> a.opportunity().patronScore(), formats::score, true);
        Columns.showText(model, a -> a.modelPrice().orElse(null), formats::odds, true);
        Columns.showText(kelly, OpportunityAlert::kellyStake, formats::money, true);
        table.setItems(alerts.today());
        RowOpening.open(table, controller::onOpen);
    }

    @Override
    public VBox root() {
        return root;
    }
}
