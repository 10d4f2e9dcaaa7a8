package com.monps.desktop.matchdetail;

import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.desktop.fx.Cards;
import com.monps.desktop.fx.EmptyState;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.collections.FXCollections;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Price history per bookmaker for one outcome, kick-off marked, with the price taken and the closing price. */
public final class MatchDetailView implements View {

    private final VBox root = new VBox();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final ComboBox<Outcome> outcome = new ComboBox<>(FXCollections.observableArrayList(Outcome.values()));
    private final MarkedLineChart chart;
    private final I18n i18n;
    private final Formats formats;
    private MatchFocus focus;
    private PriceHistory history;

    public MatchDetailView(I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        chart = new MarkedLineChart(timeAxis(formats), y);
        chart.setId("match-chart");
        chart.setAnimated(false);
        title.getStyleClass().add(Styles.TITLE);
        title.setId("match-title");
        facts.setId("match-facts");
        facts.getStyleClass().add(Styles.MUTED);
        outcome.setId("match-outcome");
        outcome.setConverter(Cards.labels(o -> i18n.get("outcome." + o.code())));
        outcome.valueProperty().addListener((obs, old, now) -> redraw());
        HBox header = new HBox(10, title, outcome);
        header.getStyleClass().add(Styles.TOOLBAR);
        root.getStyleClass().add("screen");
        EmptyState chartOrHint = EmptyState.over(chart, i18n.get("match.chart.empty"));
        root.getChildren().addAll(header, facts, chartOrHint);
        VBox.setVgrow(chartOrHint, Priority.ALWAYS);
        title.setText(i18n.get("match.title"));
    }

    private static NumberAxis timeAxis(Formats formats) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number minutes) {
                return formats.dateTime(Instant.ofEpochSecond(minutes.longValue() * 60));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        return x;
    }

    void setOutcome(Outcome value) {
        outcome.setValue(value == null ? Outcome.HOME : value);
    }

    void show(MatchFocus newFocus, PriceHistory newHistory) {
        this.focus = newFocus;
        this.history = newHistory;
        redraw();
    }

    private void redraw() {
        if (history == null || focus == null) {
            chart.getData().clear();
            facts.setText(i18n.get("match.none"));
            return;
        }
        Outcome side = outcome.getValue();
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
