package com.monps.desktop.dashboard;

import com.monps.core.domain.BetStats;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.fx.Cards;
import com.monps.desktop.fx.Charts;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.fx.View;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** TilesFX cards for the headline figures, the equity curve, the latest opportunities and the agent's health. */
public final class DashboardView implements View {

    private final VBox root = new VBox();
    private final I18n i18n;
    private final Formats formats;
    private final TilePalette palette;
    private final Tile staked;
    private final Tile profit;
    private final Tile hitRate;
    private final Tile active;
    private final Tile roi;
    private final Tile clv;
    private final LineChart<Number, Number> equity;
    private final TableView<OpportunityBoard.Entry> latest = new TableView<>();
    private final GridPane health = new GridPane();

    public DashboardView(DashboardModel model, I18n i18n, Formats formats, Theme theme) {
        this.i18n = i18n;
        this.formats = formats;
        this.palette = TilePalette.of(theme);
        staked = tile("tile-staked", i18n.get("dashboard.staked"), "", 2);
        profit = tile("tile-profit", i18n.get("dashboard.profit"), "", 2);
        hitRate = tile("tile-hit-rate", i18n.get("dashboard.hitRate"), "%", 1);
        active = tile("tile-active", i18n.get("dashboard.active"), "", 0);
        roi = tile("tile-roi", i18n.get("dashboard.roi"), "%", 2);
        clv = tile("tile-clv", i18n.get("dashboard.clv"), "%", 2);
        equity = Charts.daily("equity-chart", i18n.locale());
        equity.setId("equity-chart");
        health.getStyleClass().add("health-grid");
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("nav.dashboard"));
        title.getStyleClass().add(Styles.TITLE);
        HBox tiles = new HBox(10, staked, profit, hitRate, active, roi, clv);
        List.of(staked, profit, hitRate, active, roi, clv).forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));
        VBox equityCard = Cards.titled(i18n.get("dashboard.equity"), EmptyState.over(equity, i18n.get("dashboard.equity.empty")));
        VBox right = new VBox(10, Cards.titled(i18n.get("dashboard.latestOpportunities"), latestTable()), Cards.titled(i18n.get("dashboard.health"), health));
        right.setPrefWidth(440);
        right.setMinWidth(400);
        VBox.setVgrow(right.getChildren().getFirst(), Priority.ALWAYS);
        HBox lower = new HBox(10, equityCard, right);
        HBox.setHgrow(equityCard, Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        root.getChildren().addAll(title, tiles, lower);
        model.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
    }

    private void show(DashboardModel.Snapshot snapshot) {
        BetStats s = snapshot.stats();
        set(staked, s.totalStaked(), false);
        set(profit, s.totalProfit(), true);
        set(hitRate, s.hitRate(), false);
        set(active, BigDecimal.valueOf(s.pending()), false);
        active.setDescription(formats.money(s.pendingStake()));
        set(roi, s.roi(), true);
        set(clv, s.avgClv(), true);
        clv.setDescription(i18n.format("dashboard.clvBets", s.clvBets()));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (AnalyticsRepository.Day day : snapshot.days()) {
            series.getData().add(Charts.point(day.day(), day.cumulativeProfit()));
        }
        equity.getData().setAll(List.of(series));
        latest.setItems(FXCollections.observableArrayList(snapshot.latest()));
        showHealth(snapshot.health());
    }

    private void showHealth(DashboardModel.Health h) {
        health.getChildren().clear();
        String never = i18n.get("health.never");
        row(0, i18n.get("health.lastCollection"), h.lastCollection().map(formats::dateTime).orElse(never));
        row(1, i18n.get("health.credits"), h.credits().map(String::valueOf).orElse(Formats.NONE));
        row(2, i18n.get("health.lastSettlement"), run(h.lastSettlement(), never));
        row(3, i18n.get("health.lastClv"), run(h.lastClv(), never));
    }

    private String run(Optional<AgentHealthRepository.Run> run, String never) {
        return run.map(r -> formats.dateTime(r.startedAt()) + "  ·  " + r.status()
                + (r.items() == null ? "" : "  ·  " + r.items())).orElse(never);
    }

    private void row(int index, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.MUTED);
        Label text = new Label(value);
        text.setId("health-" + index);
        health.addRow(index, name, text);
    }

    private TableView<OpportunityBoard.Entry> latestTable() {
        latest.setId("dashboard-opportunities");
        latest.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        latest.setPlaceholder(new Label(i18n.get("dashboard.latest.empty")));
        latest.getColumns().setAll(List.of(
                Columns.text(i18n.get("col.match"), "d-match", e -> e.match().label(), s -> s, 190, false),
                Columns.<OpportunityBoard.Entry, String>text(i18n.get("col.selection"), "d-sel",
                        e -> i18n.get("outcome." + e.opportunity().outcome().code()), s -> s, 70, false),
                Columns.text(i18n.get("col.odds"), "d-odds", e -> e.opportunity().odds(), formats::odds, 55, true),
                Columns.<OpportunityBoard.Entry, BigDecimal>text(i18n.get("col.edge"), "d-edge", e -> e.opportunity().edgeValue(),
                        formats::fractionPercent, 60, true)));
        latest.setPrefHeight(230);
        return latest;
    }

    private Tile tile(String id, String title, String unit, int decimals) {
        Tile tile = TileBuilder.create().skinType(Tile.SkinType.NUMBER).title(title).unit(unit).decimals(decimals)
                .animated(false).roundedCorners(true).locale(formats.locale())
                .backgroundColor(palette.background()).titleColor(palette.title()).valueColor(palette.value())
                .unitColor(palette.muted()).descriptionColor(palette.muted()).textColor(palette.muted())
                .textSize(Tile.TextSize.BIGGER).prefSize(190, 150).build();
        tile.setId(id);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    /** A figure not yet known (no decided bet, no closing price) reads "--" under a muted zero. */
    private void set(Tile tile, BigDecimal value, boolean signed) {
        tile.setValue(value == null ? 0 : value.doubleValue());
        tile.setValueColor(value == null ? palette.muted() : signed ? palette.signed(value) : palette.value());
        tile.setDescription(value == null ? Formats.NONE : "");
    }

    @Override
    public VBox root() {
        return root;
    }

    public Tile profitTile() {
        return profit;
    }

    public Tile activeTile() {
        return active;
    }
}
