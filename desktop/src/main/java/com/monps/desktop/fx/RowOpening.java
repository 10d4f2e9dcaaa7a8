package com.monps.desktop.fx;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import java.util.function.Consumer;

/** A table whose row opens on a double click, or on Enter for the selected row: the bets, opportunities and alerts. */
public final class RowOpening {

    private RowOpening() {
    }

    /** Sets the table's row factory; the Enter handler is added, so a view may still handle other keys itself. */
    public static <T> void open(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
    }
}
