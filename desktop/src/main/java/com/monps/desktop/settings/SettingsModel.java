package com.monps.desktop.settings;

import com.monps.desktop.fx.Theme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The settings form as typed, and what the last action said (an error or not), and whether history is refreshing. */
public final class SettingsModel {

    public static final List<String> PROFILES = List.of(ConnectionProfile.EMBEDDED, "remote");
    public static final List<String> LANGUAGES = List.of("system", "fr", "en");

    private final StringProperty profile = new SimpleStringProperty(ConnectionProfile.EMBEDDED);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty passwordFile = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty bankroll = new SimpleStringProperty("");
    private final StringProperty kelly = new SimpleStringProperty("");
    private final StringProperty maxShare = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("system");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
    private final StringProperty agentUrl = new SimpleStringProperty("");
    private final StringProperty agentTokenFile = new SimpleStringProperty("");
    private final BooleanProperty alertsEnabled = new SimpleBooleanProperty();
    private final StringProperty alertMinEdge = new SimpleStringProperty("");
    private final StringProperty alertMinPatron = new SimpleStringProperty("");
    private final BooleanProperty historyAvailable = new SimpleBooleanProperty();
    private final BooleanProperty refreshing = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();

    public StringProperty profileProperty() { return profile; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordFileProperty() { return passwordFile; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty bankrollProperty() { return bankroll; }
    public StringProperty kellyProperty() { return kelly; }
    public StringProperty maxShareProperty() { return maxShare; }
    public StringProperty languageProperty() { return language; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public StringProperty agentUrlProperty() { return agentUrl; }
    public StringProperty agentTokenFileProperty() { return agentTokenFile; }
    public BooleanProperty alertsEnabledProperty() { return alertsEnabled; }
    public StringProperty alertMinEdgeProperty() { return alertMinEdge; }
    public StringProperty alertMinPatronProperty() { return alertMinPatron; }
    public BooleanProperty historyAvailableProperty() { return historyAvailable; }
    public BooleanProperty refreshingProperty() { return refreshing; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty messageIsErrorProperty() { return messageIsError; }
}
