package com.monps.desktop.analytics;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The goal model tab of the analytics page: whether the walk-forward is being computed, and its figures once known. */
public final class ScorecardModel {

    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<StoredScorecard.Figures> figures = new ReadOnlyObjectWrapper<>();

    void computing() {
        computing.set(true);
    }

    void set(StoredScorecard.Figures value) {
        figures.set(value);
        computing.set(false);
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoredScorecard.Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
