package com.monps.desktop.matchdetail;

import javafx.beans.NamedArg;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/** A line chart with a vertical marker (kick-off) and a horizontal one (the price taken), each hidden while unset. */
public final class MarkedLineChart extends LineChart<Number, Number> {

    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private Double verticalAt;
    private Double horizontalAt;

    public MarkedLineChart(@NamedArg("xAxis") NumberAxis x, @NamedArg("yAxis") NumberAxis y) {
        super(x, y);
        vertical.getStyleClass().add("kickoff-marker");
        horizontal.getStyleClass().add("price-taken-marker");
        getPlotChildren().addAll(vertical, horizontal);
    }

    void mark(Double x, Double y) {
        verticalAt = x;
        horizontalAt = y;
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        vertical.setVisible(verticalAt != null);
        horizontal.setVisible(horizontalAt != null);
        double height = getYAxis().getHeight();
        double width = getXAxis().getWidth();
        if (verticalAt != null) {
            double px = getXAxis().getDisplayPosition(verticalAt);
            vertical.setStartX(px);
            vertical.setEndX(px);
            vertical.setStartY(0);
            vertical.setEndY(height);
            vertical.toFront();
        }
        if (horizontalAt != null) {
            double py = getYAxis().getDisplayPosition(horizontalAt);
            horizontal.setStartX(0);
            horizontal.setEndX(width);
            horizontal.setStartY(py);
            horizontal.setEndY(py);
            horizontal.toFront();
        }
    }
}
