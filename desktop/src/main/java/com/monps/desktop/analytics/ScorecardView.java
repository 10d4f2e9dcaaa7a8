package com.monps.desktop.analytics;

import com.monps.core.model.CalibrationBin;
import com.monps.core.model.ForecastScore;
import com.monps.core.model.Scorecard;
import com.monps.core.model.ValueBetting;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.View;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** The goal model tab (ScorecardView.fxml): the scorecard table, the value-betting and de-vig lines, the calibration plot. */
public final class ScorecardView implements View {

    private final I18n i18n;
    private final Locale locale;
    private final VBox root;
    @FXML private EmptyState state;
    @FXML private Label summary;
    @FXML private TableView<ForecastScore> forecasts;
    @FXML private TableColumn<ForecastScore, String> source;
    @FXML private TableColumn<ForecastScore, Integer> matches;
    @FXML private TableColumn<ForecastScore, Double> rps;
    @FXML private TableColumn<ForecastScore, Double> logLoss;
    @FXML private TableColumn<ForecastScore, Double> brier;
    @FXML private Label value;
    @FXML private Label devig;
    @FXML private LineChart<Number, Number> calibration;
    @FXML private Label bins;

    public ScorecardView(ScorecardModel model, I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.locale = i18n.locale();
        root = Fxml.load(this, i18n);
        forecasts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.showText(source, ForecastScore::source, this::sourceName, false);
        Columns.showText(matches, ForecastScore::matches, this::count, true);
        Columns.showText(rps, ForecastScore::rps, this::score, true);
        Columns.showText(logLoss, ForecastScore::logLoss, this::score, true);
        Columns.showText(brier, ForecastScore::brier, this::score, true);
        model.computingProperty().addListener((obs, old, now) -> show(model));
        model.figuresProperty().addListener((obs, old, now) -> show(model));
        show(model);
    }

    private void show(ScorecardModel model) {
        StoredScorecard.Figures figures = model.figuresProperty().get();
        if (model.computingProperty().get() || figures == null) {
            state.setMessage(i18n.get("scorecard.computing"));
            state.emptyProperty().set(true);
            return;
        }
        Scorecard card = figures.scorecard();
        if (!figures.enough()) {
            state.setMessage(i18n.format("scorecard.tooLittle", count(figures.playedMatches()), count(card.matchesScored()),
                    count(StoredScorecard.Figures.MINIMUM_SCORED)));
            state.emptyProperty().set(true);
            return;
        }
        state.emptyProperty().set(false);
        summary.setText(i18n.format("scorecard.summary", figures.leagues(), count(card.matchesScored()),
                count(card.matchesSkipped()), count(card.fits()), String.format(locale, "%.1f", card.millis() / 1000)));
        forecasts.setItems(FXCollections.observableArrayList(card.forecasts()));
        ValueBetting bets = card.valueBetting();
        value.setText(bets.bets() == 0 ? i18n.format("scorecard.value.none", percent(bets.edge() * 100))
                : i18n.format("scorecard.value", percent(bets.edge() * 100), count(bets.bets()), count(bets.wins()),
                String.format(locale, "%+.2f", bets.profit()), String.format(locale, "%+.2f %%", bets.roiPct()),
                String.format(locale, "%+.2f %%", bets.avgClvPct())));
        devig.setText(i18n.format("scorecard.devig", count(card.devigSample()), card.bestDevigByLogLoss(), card.bestDevigByRps()));
        drawCalibration(card.calibration());
    }

    private void drawCalibration(List<CalibrationBin> table) {
        XYChart.Series<Number, Number> diagonal = new XYChart.Series<>();
        diagonal.setName(i18n.get("scorecard.perfect"));
        diagonal.getData().add(new XYChart.Data<>(0, 0));
        diagonal.getData().add(new XYChart.Data<>(100, 100));
        XYChart.Series<Number, Number> observed = new XYChart.Series<>();
        observed.setName(i18n.get("scorecard.model"));
        int outcomes = 0;
        for (CalibrationBin bin : table) {
            if (bin.count() > 0) {
                observed.getData().add(new XYChart.Data<>(bin.meanPredicted() * 100, bin.observed() * 100));
                outcomes += bin.count();
            }
        }
        calibration.getData().setAll(List.of(diagonal, observed));
        bins.setText(i18n.format("scorecard.bins", count(outcomes)));
    }

    private String sourceName(String code) {
        if (code.startsWith("blend_")) {
            double weight = Double.parseDouble(code.substring("blend_".length(), code.indexOf("_model")));
            return i18n.format("scorecard.source.blend", percent(weight * 100));
        }
        return i18n.get("scorecard.source." + code);
    }

    private String score(Double value) {
        return value == null || value.isNaN() ? Formats.NONE : String.format(locale, "%.4f", value);
    }

    private String count(Number n) {
        return String.format(locale, "%,d", n.longValue());
    }

    private String percent(double value) {
        return String.format(locale, "%.0f %%", value);
    }

    @Override
    public VBox root() {
        return root;
    }
}
