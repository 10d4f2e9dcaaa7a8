package com.monps.desktop.fx;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.function.Function;

/** Builds read-only table columns from a row accessor, so that views declare columns in one line each. */
public final class Columns {

    private Columns() {
    }

    public static <S, T> TableColumn<S, T> of(String title, String id, Function<S, T> value,
                                              Callback<TableColumn<S, T>, TableCell<S, T>> cells, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue())));
        if (cells != null) {
            column.setCellFactory(cells);
        }
        column.setPrefWidth(width);
        return column;
    }

    public static <S, T> TableColumn<S, T> text(String title, String id, Function<S, T> value, Function<? super T, String> format,
                                                double width, boolean numeric) {
        return of(title, id, value, c -> new TextCell<>(format, numeric), width);
    }
}
