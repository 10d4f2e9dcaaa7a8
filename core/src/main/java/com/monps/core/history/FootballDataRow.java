package com.monps.core.history;

import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns one data row into a {@link HistoricalMatch}, or refuses it with an {@link IllegalArgumentException} saying why. */
final class FootballDataRow {

    /** dd/mm/yy (years 2000-2099); dd/mm/yyyy is {@link #LONG_DATE}. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendPattern("d/M/")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Header header;

    FootballDataRow(Header header) {
        this.header = header;
    }

    HistoricalMatch parse(List<String> fields) {
        String division = required(fields, "Div");
        String home = required(fields, "HomeTeam");
        String away = required(fields, "AwayTeam");
        if (home.equals(away)) {
            throw new IllegalArgumentException("home and away team are both '" + home + "'");
        }
        LocalDate date = date(required(fields, "Date"));
        Instant kickOff = KickOffs.kickOff(date, time(header.value(fields, "Time")));
        Score score = score(fields);
        String id = "fd:" + division + ":" + date + ":" + home + ":" + away;
        return new HistoricalMatch(id, League.of(division), kickOff, KickOffs.openingTime(kickOff), home, away,
                score.home(), score.away(), score.result(), prices(fields, ""), prices(fields, "C"));
    }

    private String required(List<String> fields, String column) {
        String value = header.value(fields, column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            String[] parts = text.split("/");
            return LocalDate.parse(text, parts.length == 3 && parts[2].length() == 4 ? LONG_DATE : DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date '" + text + "' is not dd/mm/yy or dd/mm/yyyy");
        }
    }

    private static LocalTime time(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Time '" + text + "' is not hh:mm");
        }
    }

    private Score score(List<String> fields) {
        String homeGoals = header.value(fields, "FTHG");
        String awayGoals = header.value(fields, "FTAG");
        String result = header.value(fields, "FTR");
        if (homeGoals.isEmpty() && awayGoals.isEmpty() && result.isEmpty()) {
            return new Score(null, null, null);
        }
        int h = goals(homeGoals, "FTHG");
        int a = goals(awayGoals, "FTAG");
        Outcome expected = h > a ? Outcome.HOME : h == a ? Outcome.DRAW : Outcome.AWAY;
        if (!result.isEmpty() && !result.equalsIgnoreCase(expected.code().substring(0, 1))) {
            throw new IllegalArgumentException("FTR '" + result + "' contradicts the score " + h + "-" + a);
        }
        return new Score(h, a, expected);
    }

    private static int goals(String text, String column) {
        try {
            int goals = Integer.parseInt(text);
            if (goals < 0) {
                throw new NumberFormatException();
            }
            return goals;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number of goals");
        }
    }

    /** Prices of each bookmaker that quoted all three outcomes; {@code closing} is "" for opening prices, "C" for closing. */
    private Map<Bookmaker, Prices> prices(List<String> fields, String closing) {
        Map<Bookmaker, Prices> prices = new EnumMap<>(Bookmaker.class);
        for (Bookmaker bookmaker : Bookmaker.values()) {
            String prefix = bookmaker.prefix() + closing;
            BigDecimal h = price(fields, prefix + "H");
            BigDecimal d = price(fields, prefix + "D");
            BigDecimal a = price(fields, prefix + "A");
            if (h != null && d != null && a != null) {
                prices.put(bookmaker, new Prices(h, d, a));
            }
        }
        return prices;
    }

    private BigDecimal price(List<String> fields, String column) {
        String text = header.value(fields, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(text);
            if (price.compareTo(BigDecimal.ONE) > 0 && price.compareTo(BigDecimal.valueOf(10_000)) < 0) {
                return price;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the column's name
        }
        throw new IllegalArgumentException(column + " '" + text + "' is not a decimal price above 1");
    }

    private record Score(Integer home, Integer away, Outcome result) {
    }
}
