package com.monps.core.history;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Header.Column;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the data rows of one file into {@link HistoricalMatch}es, or refuses a row with an {@link IllegalArgumentException}
 * saying why. The columns are located once, from the file's header.
 */
final class FootballDataRow {

    /** dd/mm/yy (years 2000-2099); dd/mm/yyyy is {@link #LONG_DATE}. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendPattern("d/M/")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(10_000);

    private final Column division;
    private final Column date;
    private final Column time;
    private final Column homeTeam;
    private final Column awayTeam;
    private final Column homeGoals;
    private final Column awayGoals;
    private final Column result;
    private final List<PriceColumns> opening;
    private final List<PriceColumns> closing;
    private final LineColumns openingLines;
    private final LineColumns closingLines;
    // a season's 380 rows fall on about 100 days at a dozen kick-off times: each text is parsed once per file
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> kickOffTimes = new HashMap<>();

    FootballDataRow(Header header) {
        division = header.column("Div");
        date = header.column("Date");
        time = header.column("Time");
        homeTeam = header.column("HomeTeam");
        awayTeam = header.column("AwayTeam");
        homeGoals = header.column("FTHG");
        awayGoals = header.column("FTAG");
        result = header.column("FTR");
        opening = PriceColumns.of(header, "");
        closing = PriceColumns.of(header, "C");
        openingLines = LineColumns.opening(header);
        closingLines = LineColumns.closing(header);
    }

    HistoricalMatch parse(List<String> fields) {
        String div = required(fields, division);
        String home = required(fields, homeTeam);
        String away = required(fields, awayTeam);
        if (home.equals(away)) {
            throw new IllegalArgumentException("home and away team are both '" + home + "'");
        }
        LocalDate day = days.computeIfAbsent(required(fields, date), FootballDataRow::date);
        Instant kickOff = KickOffs.kickOff(day, kickOffTime(fields));
        Score score = score(fields);
        String id = "fd:" + div + ":" + day + ":" + home + ":" + away;
        return new HistoricalMatch(id, League.of(div), kickOff, KickOffs.openingTime(kickOff), home, away,
                score.home(), score.away(), score.result(), prices(fields, opening), prices(fields, closing),
                openingLines.parse(fields), closingLines.parse(fields));
    }

    private LocalTime kickOffTime(List<String> fields) {
        String text = time.value(fields);
        return text.isEmpty() ? null : kickOffTimes.computeIfAbsent(text, FootballDataRow::time);
    }

    private static String required(List<String> fields, Column column) {
        String value = column.value(fields);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column.name() + " is empty");
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
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Time '" + text + "' is not hh:mm");
        }
    }

    private Score score(List<String> fields) {
        String homeText = homeGoals.value(fields);
        String awayText = awayGoals.value(fields);
        String resultText = result.value(fields);
        if (homeText.isEmpty() && awayText.isEmpty() && resultText.isEmpty()) {
            return new Score(null, null, null);
        }
        int h = goals(homeText, homeGoals.name());
        int a = goals(awayText, awayGoals.name());
        Outcome expected = h > a ? Outcome.HOME : h == a ? Outcome.DRAW : Outcome.AWAY;
        if (!resultText.isEmpty() && !resultText.equalsIgnoreCase(expected.code().substring(0, 1))) {
            throw new IllegalArgumentException("FTR '" + resultText + "' contradicts the score " + h + "-" + a);
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

    /** Prices of each bookmaker that quoted all three outcomes. */
    private static Map<Bookmaker, Prices> prices(List<String> fields, List<PriceColumns> columns) {
        Map<Bookmaker, Prices> prices = new EnumMap<>(Bookmaker.class);
        for (PriceColumns bookmaker : columns) {
            BigDecimal h = price(fields, bookmaker.home());
            BigDecimal d = price(fields, bookmaker.draw());
            BigDecimal a = price(fields, bookmaker.away());
            if (h != null && d != null && a != null) {
                prices.put(bookmaker.bookmaker(), new Prices(h, d, a));
            }
        }
        return prices;
    }

    /** The decimal price in {@code column}, null when empty; throws naming the column when it is not a price above 1. */
    static BigDecimal price(List<String> fields, Column column) {
        String text = column.value(fields);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(text);
            if (price.compareTo(BigDecimal.ONE) > 0 && price.compareTo(MAX_PRICE) < 0) {
                return price;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the column's name
        }
        throw new IllegalArgumentException(column.name() + " '" + text + "' is not a decimal price above 1");
    }

    /** One bookmaker's home, draw and away price columns of one kind: opening ({@code <prefix>H}) or closing ({@code <prefix>CH}). */
    private record PriceColumns(Bookmaker bookmaker, Column home, Column draw, Column away) {

        static List<PriceColumns> of(Header header, String kind) {
            List<PriceColumns> columns = new ArrayList<>();
            for (Bookmaker bookmaker : Bookmaker.values()) {
                String prefix = bookmaker.prefix() + kind;
                columns.add(new PriceColumns(bookmaker, header.column(prefix + "H"), header.column(prefix + "D"),
                        header.column(prefix + "A")));
            }
            return columns;
        }
    }

    private record Score(Integer home, Integer away, Outcome result) {
    }
}
