package com.monps.desktop.fx;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Line charts over days, quiet by default: no animation, no symbols, the theme's colours. */
public final class Charts {

    private Charts() {
    }

    /** A chart whose x axis counts days since 1970 and reads as months. */
    public static LineChart<Number, Number> daily(String styleClass, Locale locale) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setMinorTickVisible(false);
        readAsMonths(x, locale);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add(styleClass);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        return chart;
    }

    /** Labels an axis that counts days since 1970 with months ("Aug 24"); the daily charts declared in FXML use it. */
    public static void readAsMonths(NumberAxis x, Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return month.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    public static XYChart.Data<Number, Number> point(LocalDate day, Number value) {
        return new XYChart.Data<>(day.toEpochDay(), value);
    }
}
