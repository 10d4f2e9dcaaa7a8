package com.monps.desktop.fx;

import javafx.beans.DefaultProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A chart, or any content, that gives way to a sentence saying what would fill it while it has nothing to show: an
 * empty line chart would otherwise draw a bare axis (days since 1970 read as "Jan 70"). In FXML:
 * {@code <EmptyState message="%key"><LineChart .../></EmptyState>}, then {@link #follow} the chart.
 */
@DefaultProperty("content")
public final class EmptyState extends StackPane {

    public static final String STYLE = "empty-state";

    private final Label message = new Label();
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private final ObjectProperty<Node> content = new SimpleObjectProperty<>();

    public EmptyState() {
        message.setWrapText(true);
        message.getStyleClass().addAll(STYLE, Styles.MUTED);
        message.visibleProperty().bind(empty);
        getChildren().add(message);
        content.addListener((obs, old, now) -> {
            if (old != null) {
                old.visibleProperty().unbind();
            }
            now.visibleProperty().bind(empty.not());
            getChildren().setAll(now, message);
        });
    }

    /** Empty while none of {@code chart}'s series has a point; the sentence takes the chart's id plus {@code -empty}. */
    public EmptyState follow(XYChart<?, ?> chart) {
        message.setId(chart.getId() == null ? null : chart.getId() + "-empty");
        chart.getData().addListener((ListChangeListener<XYChart.Series<?, ?>>) change ->
                empty.set(chart.getData().stream().allMatch(series -> series.getData().isEmpty())));
        return this;
    }

    public ObjectProperty<Node> contentProperty() {
        return content;
    }

    public Node getContent() {
        return content.get();
    }

    public void setContent(Node node) {
        content.set(node);
    }

    public String getMessage() {
        return message.getText();
    }

    public void setMessage(String text) {
        message.setText(text);
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }
}
