package com.monps.desktop.matchdetail;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.desktop.shared.MatchFocus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;

/**
 * The match in focus (with the bet taken on it, if any), its prices and the goal model's forecast once loaded, and
 * what is drawn: the market, the line (the home team's handicap on spreads, as stored) and the side.
 */
public final class MatchDetailModel {

    /** What the page shows: the focus, its history (null when the match is unknown) and the model's forecast. */
    public record Shown(MatchFocus focus, PriceHistory history, ModelForecast forecast) {
    }

    private final ObjectProperty<Market> market = new SimpleObjectProperty<>(Market.H2H);
    private final ObjectProperty<BigDecimal> point = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.HOME);
    private final ObservableList<BigDecimal> points = FXCollections.observableArrayList();
    private final ObservableList<Outcome> sides = FXCollections.observableArrayList(Market.H2H.outcomes());
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();

    void show(MatchFocus focus, PriceHistory history, ModelForecast forecast) {
        shown.set(new Shown(focus, history, forecast));
    }

    public ObjectProperty<Market> marketProperty() {
        return market;
    }

    public ObjectProperty<BigDecimal> pointProperty() {
        return point;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    /** The lines quoted in the chosen market. */
    public ObservableList<BigDecimal> points() {
        return points;
    }

    /** The sides of the chosen market. */
    public ObservableList<Outcome> sides() {
        return sides;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
