package com.monps.desktop.matchdetail;

import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.desktop.fx.Converters;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.View;
import com.monps.desktop.shared.MatchFocus;
import javafx.fxml.FXML;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Match detail (MatchDetailView.fxml): the chosen outcome's prices per bookmaker, redrawn when the model changes. */
public final class MatchDetailView implements View {

    private final I18n i18n;
    private final Formats formats;
    private final MatchDetailModel model;
    private final VBox root;
    @FXML private Label title;
    @FXML private Label facts;
    @FXML private ComboBox<Outcome> outcome;
    @FXML private EmptyState chartState;
    @FXML private MarkedLineChart chart;
    @FXML private NumberAxis time;

    public MatchDetailView(MatchDetailModel model, I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
        this.model = model;
        root = Fxml.load(this, i18n);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number minutes) {
                return formats.dateTime(Instant.ofEpochSecond(minutes.longValue() * 60));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        chartState.follow(chart);
        outcome.getItems().setAll(Outcome.RESULTS);
        outcome.setConverter(Converters.labels(o -> i18n.get("outcome." + o.code())));
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        model.outcomeProperty().addListener((obs, old, now) -> redraw());
        model.shownProperty().addListener((obs, old, now) -> redraw());
    }

    private void redraw() {
        MatchDetailModel.Shown shown = model.shownProperty().get();
        if (shown == null || shown.history() == null) {
            chart.getData().clear();
            facts.setText(i18n.get("match.none"));
            return;
        }
        MatchFocus focus = shown.focus();
        PriceHistory history = shown.history();
        Outcome side = model.outcomeProperty().get();
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        history.byBookmaker().forEach((bookmaker, prices) -> {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(bookmaker);
            for (OddsSnapshot price : prices) {
                BigDecimal value = price.price(side);
                if (value != null) {
                    line.getData().add(new XYChart.Data<>(price.collectedAt().getEpochSecond() / 60, value));
                }
            }
            series.add(line);
        });
        chart.getData().setAll(series);
        var match = history.match();
        title.setText(match.label() + (match.league() == null ? "" : "  ·  " + match.league()));
        boolean taken = focus.priceTaken() != null && side == focus.outcome();
        chart.mark((double) (match.commenceTime().getEpochSecond() / 60), taken ? focus.priceTaken().doubleValue() : null);
        String closingBook = focus.bookmakerTaken() != null ? focus.bookmakerTaken()
                : history.byBookmaker().keySet().stream().findFirst().orElse(null);
        String closing = closingBook == null ? Formats.NONE
                : history.closing(closingBook, side).map(formats::odds).orElse(Formats.NONE) + " (" + closingBook + ")";
        facts.setText(i18n.get("match.kickoff") + " " + formats.dateTime(match.commenceTime())
                + "    " + i18n.get("match.priceTaken") + " " + (taken ? formats.odds(focus.priceTaken()) : Formats.NONE)
                + "    " + i18n.get("match.closing") + " " + closing
                + (history.byBookmaker().isEmpty() ? "    " + i18n.get("match.none") : ""));
    }

    @Override
    public VBox root() {
        return root;
    }
}
