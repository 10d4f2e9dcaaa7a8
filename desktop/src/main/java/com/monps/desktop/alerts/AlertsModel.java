package com.monps.desktop.alerts;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;

/** The day's alerts, newest first, and when the opportunities were last checked against the rule. */
public final class AlertsModel {

    private final ObservableList<OpportunityAlert> today = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> lastChecked = new ReadOnlyObjectWrapper<>();

    void add(List<OpportunityAlert> alerts) {
        today.addAll(0, alerts);
    }

    void keepFrom(Instant startOfDay) {
        today.removeIf(alert -> alert.alertedAt().isBefore(startOfDay));
    }

    void checked(Instant when) {
        lastChecked.set(when);
    }

    public ObservableList<OpportunityAlert> today() {
        return FXCollections.unmodifiableObservableList(today);
    }

    public ReadOnlyObjectProperty<Instant> lastCheckedProperty() {
        return lastChecked.getReadOnlyProperty();
    }
}
