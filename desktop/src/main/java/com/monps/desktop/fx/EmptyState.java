package com.monps.desktop.fx;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A chart, or any content, that gives way to a sentence saying what would fill it while it has nothing to show: an
 * empty line chart would otherwise draw a bare axis (days since 1970 read as "Jan 70").
 */
public final class EmptyState extends StackPane {

    public static final String STYLE = "empty-state";

    private final Label message = new Label();
    private final BooleanProperty empty = new SimpleBooleanProperty(true);

    public EmptyState(Node content, String text) {
        message.setText(text);
        message.setWrapText(true);
        message.getStyleClass().addAll(STYLE, Styles.MUTED);
        message.visibleProperty().bind(empty);
        content.visibleProperty().bind(empty.not());
        getChildren().addAll(content, message);
    }

    /** Shows {@code text} instead of {@code chart} while none of its series has a point. */
    public static EmptyState over(XYChart<?, ?> chart, String text) {
        EmptyState state = new EmptyState(chart, text);
        state.message.setId(chart.getId() == null ? null : chart.getId() + "-empty");
        chart.getData().addListener((ListChangeListener<XYChart.Series<?, ?>>) change ->
                state.empty.set(chart.getData().stream().allMatch(series -> series.getData().isEmpty())));
        return state;
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }

    public Label message() {
        return message;
    }
}
