package com.monps.desktop.alerts;

import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;

/** The day's alerts, newest first; a double click or Enter on one opens the bet dialog at its price. */
public final class AlertsView implements View {

    private final VBox root = new VBox();
    private final TableView<OpportunityAlert> table = new TableView<>();

    public AlertsView(AlertsModel model, AlertsController controller, I18n i18n, Formats formats) {
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("alerts.today"));
        title.getStyleClass().add(Styles.TITLE);
        Label checked = new Label();
        checked.setId("alerts-checked");
        checked.getStyleClass().add(Styles.MUTED);
        checked.textProperty().bind(model.lastCheckedProperty().map(when -> i18n.format("alerts.checked", formats.dateTime(when))));
        HBox header = new HBox(10, title, checked);
        header.getStyleClass().add(Styles.TOOLBAR);
        table.setId("alerts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("alerts.empty")));
        table.getColumns().setAll(List.of(
                Columns.text(i18n.get("col.alerted"), "a-alerted", OpportunityAlert::alertedAt, formats::dateTime, 105, false),
                Columns.text(i18n.get("col.match"), "a-match", a -> a.entry().match().label(), s -> s, 220, false),
                Columns.<OpportunityAlert, String>text(i18n.get("col.selection"), "a-selection",
                        a -> i18n.get("outcome." + a.opportunity().outcome().code()), s -> s, 80, false),
                Columns.text(i18n.get("col.odds"), "a-odds", a -> a.opportunity().odds(), formats::odds, 60, true),
                Columns.text(i18n.get("col.bookmaker"), "a-bookmaker", a -> a.opportunity().bookmaker(), s -> s, 95, false),
                Columns.<OpportunityAlert, BigDecimal>text(i18n.get("col.edge"), "a-edge", OpportunityAlert::edgePct, formats::signedPercent, 70, true),
                Columns.text(i18n.get("col.patron"), "a-patron", a -> a.opportunity().patronScore(), formats::score, 60, true),
                Columns.text(i18n.get("col.model"), "a-model", a -> a.modelPrice().orElse(null), formats::odds, 60, true),
                Columns.text(i18n.get("col.kelly"), "a-kelly", OpportunityAlert::kellyStake, formats::money, 80, true)));
        table.setItems(model.today());
        table.setRowFactory(t -> {
            TableRow<OpportunityAlert> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    controller.onOpen(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                controller.onOpen(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, table);
    }

    @Override
    public VBox root() {
        return root;
    }
}
