package com.monps.desktop.dashboard;

import com.monps.core.domain.BetStats;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.core.repo.OpportunityBoard.Entry;
import com.monps.desktop.fx.Charts;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketSide;
import com.monps.desktop.fx.MarketText;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.fx.View;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard (DashboardView.fxml) drawn from its model. The tiles are built here: TilesFX paints them from Color
 * properties, not CSS, so their colours come from the theme's {@link TilePalette}.
 */
public final class DashboardView implements View {

    private final I18n i18n;
    private final Formats formats;
    private final TilePalette palette;
    private final VBox root;
    private final Tile staked;
    private final Tile profit;
    private final Tile hitRate;
    private final Tile active;
    private final Tile roi;
    private final Tile clv;
    @FXML private HBox tiles;
    @FXML private EmptyState equityState;
    @FXML private LineChart<Number, Number> equity;
    @FXML private NumberAxis equityDays;
    @FXML private TableView<Entry> latest;
    @FXML private TableColumn<Entry, String> latestMatch;
    @FXML private TableColumn<Entry, MarketSide> latestSelection;
    @FXML private TableColumn<Entry, BigDecimal> latestOdds;
    @FXML private TableColumn<Entry, BigDecimal> latestEdge;
    @FXML private Label lastCollection;
    @FXML private Label credits;
    @FXML private Label lastSettlement;
    @FXML private Label lastClv;

    public DashboardView(DashboardModel model, I18n i18n, Formats formats, Theme theme) {
        this.i18n = i18n;
        this.formats = formats;
        this.palette = TilePalette.of(theme);
        root = Fxml.load(this, i18n);
        staked = tile("tile-staked", i18n.get("dashboard.staked"), "", 2);
        profit = tile("tile-profit", i18n.get("dashboard.profit"), "", 2);
        hitRate = tile("tile-hit-rate", i18n.get("dashboard.hitRate"), "%", 1);
        active = tile("tile-active", i18n.get("dashboard.active"), "", 0);
        roi = tile("tile-roi", i18n.get("dashboard.roi"), "%", 2);
        clv = tile("tile-clv", i18n.get("dashboard.clv"), "%", 2);
        tiles.getChildren().setAll(staked, profit, hitRate, active, roi, clv);
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));
        Charts.readAsMonths(equityDays, i18n.locale());
        equityState.follow(equity);
        latest.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.showText(latestMatch, e -> e.match().label(), s -> s, false);
        MarketText markets = new MarketText(i18n);
        Columns.showText(latestSelection, e -> MarketSide.of(e.opportunity()), markets::describe, false);
        Columns.showText(latestOdds, e -> e.opportunity().odds(), formats::odds, true);
        Columns.showText(latestEdge, e -> e.opportunity().edgeValue(), formats::fractionPercent, true);
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
        String never = i18n.get("health.never");
        lastCollection.setText(h.lastCollection().map(formats::dateTime).orElse(never));
        credits.setText(h.credits().map(String::valueOf).orElse(Formats.NONE));
        lastSettlement.setText(run(h.lastSettlement(), never));
        lastClv.setText(run(h.lastClv(), never));
    }

    private String run(Optional<AgentHealthRepository.Run> run, String never) {
        return run.map(r -> formats.dateTime(r.startedAt()) + "  ·  " + r.status()
                + (r.items() == null ? "" : "  ·  " + r.items())).orElse(never);
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
}
