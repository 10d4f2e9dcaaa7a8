package com.monps.desktop.fx;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Display-only converters for the views' choice boxes and lists. */
public final class Converters {

    private Converters() {
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
