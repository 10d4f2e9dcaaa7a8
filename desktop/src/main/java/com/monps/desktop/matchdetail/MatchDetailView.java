package com.monps.desktop.matchdetail;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.model.LineProbabilities;
import com.monps.core.model.SidePrices;
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

/**
 * Match detail (MatchDetailView.fxml): the chosen market, line and side's prices per bookmaker, the closing price, and
 * the goal model's fair price beside Pinnacle's no-vig one, redrawn when the model changes.
 */
public final class MatchDetailView implements View {

    private static final String PINNACLE = "pinnacle";

    private final I18n i18n;
    private final Formats formats;
    private final LineTexts lineTexts;
    private final MatchDetailModel model;
    private final VBox root;
    @FXML private Label title;
    @FXML private ComboBox<Market> market;
    @FXML private Label lineLabel;
    @FXML private ComboBox<BigDecimal> line;
    @FXML private ComboBox<Outcome> outcome;
    @FXML private Label facts;
    @FXML private Label modelPrice;
    @FXML private Label marketFair;
    @FXML private Label lineNote;
    @FXML private EmptyState chartState;
    @FXML private MarkedLineChart chart;
    @FXML private NumberAxis time;

    public MatchDetailView(MatchDetailModel model, I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
        this.lineTexts = new LineTexts(i18n);
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
        market.getItems().setAll(Market.values());
        market.setConverter(Converters.labels(m -> i18n.get("match.market." + m.code())));
        market.valueProperty().bindBidirectional(model.marketProperty());
        line.setItems(model.points());
        line.setConverter(Converters.labels(p -> lineTexts.line(model.marketProperty().get(), p)));
        line.valueProperty().bindBidirectional(model.pointProperty());
        outcome.setItems(model.sides());
        outcome.setConverter(Converters.labels(o -> i18n.get("outcome." + o.code())));
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        var hasLine = model.marketProperty().map(Market::hasLine);
        line.visibleProperty().bind(hasLine);
        line.managedProperty().bind(hasLine);
        lineLabel.visibleProperty().bind(hasLine);
        lineLabel.managedProperty().bind(hasLine);
        model.marketProperty().addListener((obs, old, now) -> redraw());
        model.pointProperty().addListener((obs, old, now) -> redraw());
        model.outcomeProperty().addListener((obs, old, now) -> redraw());
        model.shownProperty().addListener((obs, old, now) -> redraw());
    }

    private void redraw() {
        MatchDetailModel.Shown shown = model.shownProperty().get();
        if (shown == null || shown.history() == null) {
            chart.getData().clear();
            facts.setText(i18n.get("match.none"));
            modelPrice.setText(Formats.NONE);
            marketFair.setText(Formats.NONE);
            lineNote.setText("");
            return;
        }
        Market chosen = model.marketProperty().get();
        BigDecimal point = model.pointProperty().get();
        Outcome side = model.outcomeProperty().get();
        if (chosen == null || side == null || !chosen.outcomes().contains(side)) {
            return; // between two choices of the controller: the side follows the market at once
        }
        PriceHistory history = shown.history();
        var match = history.match();
        title.setText(match.label() + (match.league() == null ? "" : "  ·  " + match.league()));
        drawPrices(history, chosen, point, side);
        boolean taken = isTaken(shown.focus(), chosen, point, side);
        chart.mark((double) (match.commenceTime().getEpochSecond() / 60), taken ? shown.focus().priceTaken().doubleValue() : null);
        facts.setText(i18n.get("match.kickoff") + " " + formats.dateTime(match.commenceTime())
                + "    " + i18n.get("match.priceTaken") + " " + (taken ? formats.odds(shown.focus().priceTaken()) : Formats.NONE)
                + "    " + i18n.get("match.closing") + " " + closingText(shown.focus(), history, chosen, point, side)
                + (history.bookmakers(chosen).isEmpty() ? "    " + i18n.get(chosen.hasLine() ? "match.none.market" : "match.none") : ""));
        marketFair.setText(chosen.hasLine() && point == null ? Formats.NONE : marketFairText(history, chosen, point, side));
        showModel(shown.forecast(), chosen, point, side);
    }

    private void drawPrices(PriceHistory history, Market chosen, BigDecimal point, Outcome side) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        if (!chosen.hasLine() || point != null) {
            history.byBookmaker(chosen, point).forEach((bookmaker, quotes) -> {
                XYChart.Series<Number, Number> prices = new XYChart.Series<>();
                prices.setName(bookmaker);
                for (Quote quote : quotes) {
                    BigDecimal value = quote.price(side);
                    if (value != null) {
                        prices.getData().add(new XYChart.Data<>(quote.at().getEpochSecond() / 60, value));
                    }
                }
                series.add(prices);
            });
        }
        chart.getData().setAll(series);
        frameTime(series, history.match().commenceTime().getEpochSecond() / 60);
    }

    /**
     * The time axis spans the prices and the kick-off: a line quoted once per bookmaker (a closing line the opening
     * did not have) would otherwise be auto-ranged around one instant, years wide.
     */
    private void frameTime(List<XYChart.Series<Number, Number>> series, long kickOffMinute) {
        long first = kickOffMinute;
        long last = kickOffMinute;
        for (XYChart.Series<Number, Number> prices : series) {
            for (XYChart.Data<Number, Number> point : prices.getData()) {
                first = Math.min(first, point.getXValue().longValue());
                last = Math.max(last, point.getXValue().longValue());
            }
        }
        long margin = Math.max(60, (last - first) / 20);
        time.setAutoRanging(false);
        time.setLowerBound(first - margin);
        time.setUpperBound(last + margin);
        time.setTickUnit((last - first + 2.0 * margin) / 8);
    }

    /** The bet's market, line and side are the ones drawn (a spreads bet's point is its side's; the page's is home's). */
    private static boolean isTaken(MatchFocus focus, Market chosen, BigDecimal point, Outcome side) {
        if (focus.priceTaken() == null || focus.market() != chosen || focus.outcome() != side) {
            return false;
        }
        return !chosen.hasLine() || point != null && focus.point() != null
                && focus.point().compareTo(betPoint(chosen, point, side)) == 0;
    }

    private String closingText(MatchFocus focus, PriceHistory history, Market chosen, BigDecimal point, Outcome side) {
        String book = focus.bookmakerTaken() != null && history.bookmakers(chosen).contains(focus.bookmakerTaken())
                ? focus.bookmakerTaken() : history.bookmakers(chosen).stream().findFirst().orElse(null);
        if (book == null || chosen.hasLine() && point == null) {
            return Formats.NONE;
        }
        PriceHistory.Closing closing = history.closing(book, chosen, point);
        if (closing.movedTo() != null) {
            return i18n.format("match.lineMoved", lineTexts.side(chosen, closing.movedTo(), side)) + " (" + book + ")";
        }
        return (closing.quote() == null ? Formats.NONE : formats.odds(closing.quote().price(side))) + " (" + book + ")";
    }

    private String marketFairText(PriceHistory history, Market chosen, BigDecimal point, Outcome side) {
        PriceHistory.Closing closing = history.closing(PINNACLE, chosen, point);
        if (closing.movedTo() != null) {
            return i18n.format("match.lineMoved", lineTexts.side(chosen, closing.movedTo(), side));
        }
        Double p = closing.quote() == null ? null : closing.quote().fairProbability(side);
        return p == null ? Formats.NONE : priceAndChance(1 / p, p);
    }

    private void showModel(ModelForecast forecast, Market chosen, BigDecimal point, Outcome side) {
        if (forecast == null || forecast.grid() == null) {
            modelPrice.setText(Formats.NONE);
            lineNote.setText(forecast == null ? "" : i18n.format(forecast.reason(), forecast.argument()));
            return;
        }
        if (chosen.hasLine() && point == null) {
            modelPrice.setText(Formats.NONE);
            lineNote.setText(i18n.format("match.model.fitted", String.format(i18n.locale(), "%,d", forecast.matchesFitted())));
            return;
        }
        BigDecimal sidePoint = betPoint(chosen, point, side);
        LineProbabilities odds = SidePrices.of(forecast.grid(), chosen, side, sidePoint);
        // 1 / fair odds is the two-way chance a no-vig price states; on a quarter or whole line it counts the half results and pushes.
        modelPrice.setText(priceAndChance(odds.fairOdds(), 1 / odds.fairOdds()));
        String fitted = i18n.format("match.model.fitted", String.format(i18n.locale(), "%,d", forecast.matchesFitted()));
        lineNote.setText(chosen.hasLine() ? fitted + " " + lineTexts.settlement(chosen, sidePoint, side, odds) : fitted);
    }

    /** The side's own point: the goal line, or on spreads the handicap of the side (the away side carries the opposite of home's). */
    static BigDecimal betPoint(Market chosen, BigDecimal point, Outcome side) {
        return chosen == Market.SPREADS && side == Outcome.AWAY ? point.negate() : point;
    }

    private String priceAndChance(double odds, double probability) {
        return formats.odds(BigDecimal.valueOf(odds).setScale(2, java.math.RoundingMode.HALF_UP))
                + "  (" + formats.fractionPercent(BigDecimal.valueOf(probability).setScale(3, java.math.RoundingMode.HALF_UP)) + ")";
    }

    @Override
    public VBox root() {
        return root;
    }
}
