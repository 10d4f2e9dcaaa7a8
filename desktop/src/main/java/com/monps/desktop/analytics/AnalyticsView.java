package com.monps.desktop.analytics;

import com.monps.core.repo.AnalyticsRepository.Dimension;
import com.monps.core.repo.AnalyticsRepository.Group;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.desktop.fx.Charts;
import com.monps.desktop.fx.ClvBadgeCell;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.Converters;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.SignedCell;
import com.monps.desktop.fx.View;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;

/**
 * Analytics (AnalyticsView.fxml): the period and grouping bound to the model, the charts and table drawn from its figures;
 * the goal model tab holds the scorecard's view, and which tab is selected is the model's {@code modelShown}.
 */
public final class AnalyticsView implements View {

    private final I18n i18n;
    private final VBox root;
    @FXML private ComboBox<Period> period;
    @FXML private ComboBox<Dimension> dimension;
    @FXML private TabPane tabs;
    @FXML private Tab modelTab;
    @FXML private EmptyState cumulativeState;
    @FXML private LineChart<Number, Number> cumulative;
    @FXML private NumberAxis cumulativeDays;
    @FXML private EmptyState clvState;
    @FXML private LineChart<Number, Number> clv;
    @FXML private NumberAxis clvDays;
    @FXML private EmptyState calibrationState;
    @FXML private LineChart<Number, Number> calibration;
    @FXML private TableView<Group> groups;
    @FXML private TableColumn<Group, String> groupKey;
    @FXML private TableColumn<Group, Long> groupBets;
    @FXML private TableColumn<Group, BigDecimal> groupStaked;
    @FXML private TableColumn<Group, BigDecimal> groupProfit;
    @FXML private TableColumn<Group, BigDecimal> groupRoi;
    @FXML private TableColumn<Group, BigDecimal> groupHitRate;
    @FXML private TableColumn<Group, BigDecimal> groupClv;

    public AnalyticsView(AnalyticsModel model, View scorecard, I18n i18n, Formats formats) {
        this.i18n = i18n;
        root = Fxml.load(this, i18n);
        modelTab.setContent(scorecard.root());
        scorecard.root().getStyleClass().add("tab-body");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.modelShownProperty().set(now == modelTab));
        model.modelShownProperty().addListener((obs, old, shown) -> tabs.getSelectionModel().select(shown ? modelTab : tabs.getTabs().getFirst()));
        period.disableProperty().bind(model.modelShownProperty());
        period.getItems().setAll(Period.values());
        period.setConverter(Converters.labels(p -> i18n.get(p.key())));
        period.valueProperty().bindBidirectional(model.periodProperty());
        dimension.getItems().setAll(Dimension.values());
        dimension.setConverter(Converters.labels(d -> i18n.get("analytics.dim." + d.name())));
        dimension.valueProperty().bindBidirectional(model.dimensionProperty());
        Charts.readAsMonths(cumulativeDays, i18n.locale());
        Charts.readAsMonths(clvDays, i18n.locale());
        cumulativeState.follow(cumulative);
        clvState.follow(clv);
        calibrationState.follow(calibration);
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.showText(groupKey, Group::key, s -> s, false);
        Columns.showText(groupBets, Group::bets, String::valueOf, true);
        Columns.showText(groupStaked, Group::staked, formats::money, true);
        Columns.show(groupProfit, Group::profit, c -> new SignedCell<>(formats::signedMoney));
        Columns.show(groupRoi, Group::roi, c -> new SignedCell<>(formats::signedPercent));
        Columns.showText(groupHitRate, Group::hitRate, formats::percent, true);
        Columns.show(groupClv, Group::avgClv, c -> new ClvBadgeCell<>(formats));
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

    @Override
    public VBox root() {
        return root;
    }
}
