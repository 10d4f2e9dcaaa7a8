package com.monps.desktop.fx;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

import java.util.function.Function;

/** A combo box over a list of values plus a first "all" entry, bound both ways to a property holding the chosen value (null for all). */
public final class FilterChoice {

    private FilterChoice() {
    }

    /** Makes {@code box} (declared in FXML) offer "all" then {@code values}, writing the choice into {@code target}. */
    public static void bind(ComboBox<String> box, String allLabel, ObservableList<String> values, StringProperty target) {
        bind(box, allLabel, values, target, value -> value);
    }

    /** {@link #bind}, the values (codes) shown through {@code label}. */
    public static void bind(ComboBox<String> box, String allLabel, ObservableList<String> values, StringProperty target,
                            Function<String, String> label) {
        box.setConverter(Converters.labels(value -> value.equals(allLabel) ? value : label.apply(value)));
        Runnable fill = () -> {
            String chosen = target.get();
            box.getItems().setAll(allLabel);
            box.getItems().addAll(values);
            box.setValue(chosen != null && values.contains(chosen) ? chosen : allLabel);
        };
        fill.run();
        values.addListener((ListChangeListener<String>) change -> fill.run());
        // An unmodifiable view listens to its source weakly: kept only by the listener above it would be collected, and
        // the box would stop following the values (seen as a market filter offering nothing after a garbage collection).
        box.getProperties().put(FilterChoice.class, values);
        box.valueProperty().addListener((obs, old, now) -> target.set(now == null || now.equals(allLabel) ? null : now));
        // a value not offered yet (the rows not loaded) stays in the property; the next fill shows it
        target.addListener((obs, old, now) -> {
            if (now == null || values.contains(now)) {
                box.setValue(now == null ? allLabel : now);
            }
        });
    }
}
