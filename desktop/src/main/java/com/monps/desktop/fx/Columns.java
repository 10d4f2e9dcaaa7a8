package com.monps.desktop.fx;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Fills read-only table columns declared in FXML from a row accessor, one line each. The accessor is
 * kept as the column's user data: {@link TablePipeline} sorts with it directly rather than through cell value
 * factories, and values compare in their natural order (strings ignoring case) rather than through a Collator, which
 * keeps a sort of 100 000 rows well under 100 ms.
 */
public final class Columns {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Object> NATURAL = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        // the common types first, each on its own call site: a single megamorphic compareTo doubles the sort time
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareToIgnoreCase(y);
        }
        if (a instanceof CaseInsensitiveKey x && b instanceof CaseInsensitiveKey y) {
            return x.compareTo(y);
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        return ((Comparable) a).compareTo(b);
    };

    private Columns() {
    }

    /** The row accessor of a column built here, or null for another column. */
    @SuppressWarnings("unchecked")
    static <S> Function<S, Object> accessor(TableColumn<S, ?> column) {
        return column.getUserData() instanceof Function<?, ?> f ? (Function<S, Object>) f : null;
    }

    /** Fills a column declared in FXML (title, id, width) with {@code value}, drawn by {@code cells} (null: as text). */
    public static <S, T> void show(TableColumn<S, T> column, Function<S, T> value, Callback<TableColumn<S, T>, TableCell<S, T>> cells) {
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue())));
        column.setUserData(value);
        column.setComparator(NATURAL::compare);
        if (cells != null) {
            column.setCellFactory(cells);
        }
    }

    /** {@link #show} with values formatted as text, right-aligned when {@code numeric}. */
    public static <S, T> void showText(TableColumn<S, T> column, Function<S, T> value, Function<? super T, String> format, boolean numeric) {
        show(column, value, c -> new TextCell<>(format, numeric));
    }
}
