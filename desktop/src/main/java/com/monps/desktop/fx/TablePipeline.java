package com.monps.desktop.fx;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Function;
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

    /** Shows the rows in {@code table}, sorted as the table's sort order says whenever it changes. */
    public void bindTo(TableView<R> table) {
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> rowComparator(table), table.comparatorProperty()));
        // the sorted list follows the table's comparator through the binding above; the table itself has nothing to do
        table.setSortPolicy(t -> true);
        table.setItems(sorted);
    }

    /** The table's comparator, reading values through the columns' accessors when every sort column has one. */
    private static <R> Comparator<R> rowComparator(TableView<R> table) {
        Comparator<R> combined = null;
        for (TableColumn<R, ?> column : table.getSortOrder()) {
            Function<R, Object> accessor = Columns.accessor(column);
            if (accessor == null) {
                return table.getComparator();
            }
            Comparator<R> byColumn = Comparator.comparing(accessor, Columns.NATURAL);
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                byColumn = byColumn.reversed();
            }
            combined = combined == null ? byColumn : combined.thenComparing(byColumn);
        }
        return combined;
    }

    /** The rows that pass the filter, in source order. */
    public ObservableList<R> visible() {
        return filtered;
    }
}
