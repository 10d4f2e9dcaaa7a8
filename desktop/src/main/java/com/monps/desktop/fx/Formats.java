package com.monps.desktop.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and times read on screen: money with two decimals and a sign where it is a result, odds with two or three. */
public final class Formats {

    public static final String NONE = "--";

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yy HH:mm", locale).withZone(zone);
    }

    public String money(BigDecimal value) {
        return value == null ? NONE : pattern("#,##0.00").format(value);
    }

    public String signedMoney(BigDecimal value) {
        return value == null ? NONE : pattern("+#,##0.00;-#,##0.00").format(value);
    }

    public String odds(BigDecimal value) {
        return value == null ? NONE : pattern("0.00#").format(value);
    }

    /** A percentage already in percent units (4.2 → "+4.2 %"). */
    public String signedPercent(BigDecimal value) {
        return value == null ? NONE : pattern("+0.0;-0.0").format(value.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    public String percent(BigDecimal value) {
        return value == null ? NONE : pattern("0.0").format(value) + " %";
    }

    /** A fraction (0.042 → "4.2 %"). */
    public String fractionPercent(BigDecimal fraction) {
        return fraction == null ? NONE : percent(fraction.movePointRight(2));
    }

    /** A 0-100 score with one decimal (the patron score). */
    public String score(BigDecimal value) {
        return value == null ? NONE : pattern("0.0").format(value);
    }

    public String dateTime(Instant time) {
        return time == null ? NONE : dateTime.format(time);
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    private DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }
}
