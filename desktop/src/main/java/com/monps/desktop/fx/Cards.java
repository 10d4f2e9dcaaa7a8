package com.monps.desktop.fx;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.function.Function;

/** Small building blocks shared by the views: a titled card, and display-only converters for choice boxes and axes. */
public final class Cards {

    private Cards() {
    }

    /** A card with a small upper-case title above {@code content}, which takes the height left. */
    public static VBox titled(String title, Node content) {
        Label label = new Label(title.toUpperCase(Locale.ROOT));
        label.getStyleClass().add(Styles.SECTION);
        VBox box = new VBox(6, label, content);
        box.getStyleClass().add(Styles.CARD);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /** Shows values through {@code label} (empty for null); the controls using it never parse text back. */
    public static <T> StringConverter<T> labels(Function<? super T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
