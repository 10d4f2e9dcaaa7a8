package com.monps.desktop.fx;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Helpers of the line charts over days that the FXML layouts declare: month labels, points by day. */
public final class Charts {

    private Charts() {
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
