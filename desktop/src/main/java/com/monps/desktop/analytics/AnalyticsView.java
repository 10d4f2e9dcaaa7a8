package com.monps.desktop.analytics;

import com.monps.core.repo.AnalyticsRepository.Dimension;
import com.monps.core.repo.AnalyticsRepository.Group;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.desktop.fx.Cards;
import com.monps.desktop.fx.Charts;
import com.monps.desktop.fx.ClvBadgeCell;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.SignedCell;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Cumulative P&L, CLV over time, ROI and CLV by group, and hit rate against implied probability. */
public final class AnalyticsView implements View {

    private final VBox root = new VBox();
    private final LineChart<Number, Number> cumulative;
    private final LineChart<Number, Number> clv;
    private final LineChart<Number, Number> calibration;
    private final TableView<Group> groups = new TableView<>();
    private final I18n i18n;

    public AnalyticsView(AnalyticsModel model, I18n i18n, Formats formats) {
        this.i18n = i18n;
        cumulative = Charts.daily("equity-chart", i18n.locale());
        cumulative.setId("analytics-cumulative");
        clv = Charts.daily("clv-chart", i18n.locale());
        clv.setId("analytics-clv");
        calibration = calibrationChart();
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("nav.analytics"));
        title.getStyleClass().add(Styles.TITLE);
        Label periodLabel = new Label(i18n.get("analytics.period"));
        periodLabel.getStyleClass().add(Styles.MUTED);
        HBox header = new HBox(10, title, periodLabel, choice("analytics-period", Period.values(), model.periodProperty(), p -> i18n.get(p.key())));
        header.getStyleClass().add(Styles.TOOLBAR);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.add(Cards.titled(i18n.get("analytics.cumulative"), EmptyState.over(cumulative, i18n.get("analytics.cumulative.empty"))), 0, 0);
        grid.add(Cards.titled(i18n.get("analytics.clvOverTime"), EmptyState.over(clv, i18n.get("analytics.clv.empty"))), 1, 0);
        grid.add(breakdownCard(model, formats), 0, 1);
        grid.add(Cards.titled(i18n.get("analytics.calibration"), EmptyState.over(calibration, i18n.get("analytics.calibration.empty"))), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.getChildren().addAll(header, grid);
        groupColumns(formats);
        model.figuresProperty().addListener((obs, old, figures) -> show(figures));
    }

    private void show(AnalyticsModel.Figures figures) {
        XYChart.Series<Number, Number> pnl = new XYChart.Series<>();
        XYChart.Series<Number, Number> dailyClv = new XYChart.Series<>();
        for (AnalyticsRepository.Day day : figures.days()) {
            pnl.getData().add(Charts.point(day.day(), day.cumulativeProfit()));
        }
        for (RollingClv.Point point : RollingClv.of(figures.days(), RollingClv.WINDOW)) {
            dailyClv.getData().add(Charts.point(point.day(), point.clv()));
        }
        cumulative.getData().setAll(List.of(pnl));
        clv.getData().setAll(List.of(dailyClv));
        XYChart.Series<Number, Number> implied = new XYChart.Series<>();
        implied.setName(i18n.get("analytics.implied"));
        XYChart.Series<Number, Number> actual = new XYChart.Series<>();
        actual.setName(i18n.get("analytics.actual"));
        for (var bucket : figures.calibration()) {
            implied.getData().add(new XYChart.Data<>(bucket.impliedProbability().movePointRight(2), bucket.impliedProbability().movePointRight(2)));
            actual.getData().add(new XYChart.Data<>(bucket.impliedProbability().movePointRight(2), bucket.hitRate().movePointRight(2)));
        }
        calibration.getData().setAll(List.of(implied, actual));
        groups.setItems(FXCollections.observableArrayList(figures.groups()));
    }

    private VBox breakdownCard(AnalyticsModel model, Formats formats) {
        groups.setId("analytics-groups");
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.setPlaceholder(new Label(i18n.get("analytics.groups.empty")));
        Label label = new Label(i18n.get("analytics.breakdown").toUpperCase(Locale.ROOT));
        label.getStyleClass().add(Styles.SECTION);
        HBox head = new HBox(8, label, choice("analytics-dimension", Dimension.values(), model.dimensionProperty(),
                d -> i18n.get("analytics.dim." + d.name())));
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, groups);
        box.getStyleClass().add(Styles.CARD);
        VBox.setVgrow(groups, Priority.ALWAYS);
        return box;
    }

    private void groupColumns(Formats formats) {
        groups.getColumns().setAll(List.of(
                Columns.text("", "g-key", Group::key, s -> s, 120, false),
                Columns.text(i18n.get("col.bets"), "g-bets", Group::bets, String::valueOf, 55, true),
                Columns.text(i18n.get("col.staked"), "g-staked", Group::staked, formats::money, 85, true),
                Columns.of(i18n.get("col.profit"), "g-profit", Group::profit, c -> new SignedCell<>(formats::signedMoney), 85),
                Columns.<Group, BigDecimal>of(i18n.get("col.roi"), "g-roi", Group::roi, c -> new SignedCell<>(formats::signedPercent), 80),
                Columns.text(i18n.get("col.hitRate"), "g-hit", Group::hitRate, formats::percent, 65, true),
                Columns.of(i18n.get("col.avgClv"), "g-clv", Group::avgClv, c -> new ClvBadgeCell<>(formats), 90)));
    }

    private static LineChart<Number, Number> calibrationChart() {
        NumberAxis x = new NumberAxis(0, 100, 10);
        NumberAxis y = new NumberAxis(0, 100, 10);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("analytics-calibration");
        chart.getStyleClass().add("calibration-chart");
        chart.setAnimated(false);
        return chart;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, javafx.beans.property.ObjectProperty<T> target, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(Cards.labels(label));
        box.valueProperty().bindBidirectional(target);
        return box;
    }

    @Override
    public VBox root() { return root; }
}
