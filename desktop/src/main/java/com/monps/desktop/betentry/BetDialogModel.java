package com.monps.desktop.betentry;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;

/** The bet dialog's state: the choices, the fields as typed, the model's price, the problems found, and whether it is saving or open. */
public final class BetDialogModel {

    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Match> match = new SimpleObjectProperty<>();
    private final BooleanProperty matchFixed = new SimpleBooleanProperty();
    private final ObservableList<Market> markets = FXCollections.observableArrayList(Market.values());
    private final ObjectProperty<Market> market = new SimpleObjectProperty<>(Market.H2H);
    private final StringProperty point = new SimpleStringProperty("");
    private final StringProperty pointExplanation = new SimpleStringProperty("");
    private final BooleanProperty pointInvalid = new SimpleBooleanProperty();
    private final ObjectProperty<BigDecimal> modelPrice = new SimpleObjectProperty<>();
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList(Outcome.RESULTS);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty odds = new SimpleStringProperty("");
    private final StringProperty stake = new SimpleStringProperty("");
    private final ObservableList<String> bookmakers = FXCollections.observableArrayList();
    private final StringProperty bookmaker = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty errors = new SimpleStringProperty("");
    private final StringProperty warnings = new SimpleStringProperty("");
    private final BooleanProperty oddsInvalid = new SimpleBooleanProperty();
    private final BooleanProperty stakeInvalid = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty(true);

    public ObservableList<Match> matches() { return matches; }
    public ObjectProperty<Match> matchProperty() { return match; }
    public BooleanProperty matchFixedProperty() { return matchFixed; }
    public ObservableList<Market> markets() { return markets; }
    public ObjectProperty<Market> marketProperty() { return market; }
    /** The line as typed (for spreads, the handicap of the side backed); unused on 1X2. */
    public StringProperty pointProperty() { return point; }
    /** One line on how the stake rides on the line typed ("−0.25: half the stake on 0, half on −0.5"). */
    public StringProperty pointExplanationProperty() { return pointExplanation; }
    public BooleanProperty pointInvalidProperty() { return pointInvalid; }
    /** The goal model's fair price of the side chosen, null when no model prices it. */
    public ObjectProperty<BigDecimal> modelPriceProperty() { return modelPrice; }
    public ObservableList<Outcome> outcomes() { return outcomes; }
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }
    public StringProperty oddsProperty() { return odds; }
    public StringProperty stakeProperty() { return stake; }
    public ObservableList<String> bookmakers() { return bookmakers; }
    public StringProperty bookmakerProperty() { return bookmaker; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty errorsProperty() { return errors; }
    public StringProperty warningsProperty() { return warnings; }
    public BooleanProperty oddsInvalidProperty() { return oddsInvalid; }
    public BooleanProperty stakeInvalidProperty() { return stakeInvalid; }
    public BooleanProperty savingProperty() { return saving; }
    public BooleanProperty openProperty() { return open; }
}
