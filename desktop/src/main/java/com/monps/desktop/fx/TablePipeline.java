package com.monps.desktop.fx;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * The table pipeline shared by the bet and opportunity tables: source rows → {@link FilteredList} → {@link SortedList}
 * whose comparator is bound to the table's, so that filtering and sorting never copy the rows and never ask the database.
 */
public final class TablePipeline<R> {

    private final ObservableList<R> source = FXCollections.observableArrayList();
    private final FilteredList<R> filtered = new FilteredList<>(source);
    private final SortedList<R> sorted = new SortedList<>(filtered);

    public void setAll(Collection<? extends R> rows) {
        source.setAll(rows);
    }

    public void filter(Predicate<? super R> predicate) {
        filtered.setPredicate(predicate::test);
    }

    public void bindTo(TableView<R> table) {
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    public ObservableList<R> all() {
        return FXCollections.unmodifiableObservableList(source);
    }

    /** The rows that pass the filter, in source order. */
    public ObservableList<R> visible() {
        return filtered;
    }

    /** The rows that pass the filter, in table order. */
    public SortedList<R> sorted() {
        return sorted;
    }
}
