package com.monps.desktop.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The first start's progress: the step under way, and whether it failed (the step then says why). */
final class PreparingModel {

    private final StringProperty step = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();

    void step(String text) {
        step.set(text);
    }

    void fail(String reason) {
        step.set(reason);
        failed.set(true);
    }

    StringProperty stepProperty() {
        return step;
    }

    BooleanProperty failedProperty() {
        return failed;
    }
}
