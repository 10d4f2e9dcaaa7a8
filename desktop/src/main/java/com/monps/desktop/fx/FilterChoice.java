package com.monps.desktop.fx;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** A combo box over a list of values plus a first "all" entry, writing the chosen value (null for all) into a property. */
public final class FilterChoice {

    private FilterChoice() {
    }

    /** Makes {@code box} (declared in FXML) offer "all" then {@code values}, writing the choice into {@code target}. */
    public static void bind(ComboBox<String> box, String allLabel, ObservableList<String> values, StringProperty target) {
        Runnable fill = () -> {
            String chosen = target.get();
            box.getItems().setAll(allLabel);
            box.getItems().addAll(values);
            box.setValue(chosen != null && values.contains(chosen) ? chosen : allLabel);
        };
        fill.run();
        values.addListener((ListChangeListener<String>) change -> fill.run());
        box.valueProperty().addListener((obs, old, now) -> target.set(now == null || now.equals(allLabel) ? null : now));
    }
}
