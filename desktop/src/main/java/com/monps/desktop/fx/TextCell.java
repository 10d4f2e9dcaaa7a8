package com.monps.desktop.fx;

import javafx.scene.control.TableCell;

import java.util.function.Function;

/** A cell that shows its value through a formatting function, optionally right-aligned as a number. */
public final class TextCell<S, T> extends TableCell<S, T> {

    private final Function<? super T, String> format;

    public TextCell(Function<? super T, String> format, boolean numeric) {
        this.format = format;
        if (numeric) {
            getStyleClass().add(Styles.NUMERIC);
        }
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value == null ? Formats.NONE : format.apply(value));
    }
}
