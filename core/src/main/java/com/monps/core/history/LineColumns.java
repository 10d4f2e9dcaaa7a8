package com.monps.core.history;

import com.monps.core.domain.Line;
import com.monps.core.history.Header.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The over/under 2.5 and Asian handicap columns of one snapshot of a football-data.co.uk file: opening
 * ({@code B365>2.5}, {@code P<2.5}, {@code AHh} with {@code B365AHH}/{@code PAHA}) or closing ({@code B365C>2.5},
 * {@code PC<2.5}, {@code AHCh} with {@code B365CAHH}/{@code PCAHA}). A bookmaker's line counts only with both prices;
 * the files write "0" for a line price they lack (e.g. Pinnacle's total of Paris SG v Le Havre, 2024/25), read as absent.
 */
final class LineColumns {

    static final BigDecimal TOTALS_LINE = new BigDecimal("2.5");

    private final Column handicap;
    private final List<Pair> totals = new ArrayList<>();
    private final List<Pair> spreads = new ArrayList<>();

    private LineColumns(Header header, String kind, String handicapColumn) {
        handicap = header.column(handicapColumn);
        for (Bookmaker bookmaker : Bookmaker.values()) {
            if (bookmaker.linePrefix() != null) {
                String prefix = bookmaker.linePrefix() + kind;
                totals.add(new Pair(bookmaker, header.column(prefix + ">2.5"), header.column(prefix + "<2.5")));
                spreads.add(new Pair(bookmaker, header.column(prefix + "AHH"), header.column(prefix + "AHA")));
            }
        }
    }

    static LineColumns opening(Header header) {
        return new LineColumns(header, "", "AHh");
    }

    static LineColumns closing(Header header) {
        return new LineColumns(header, "C", "AHCh");
    }

    /** @throws IllegalArgumentException naming the column of a price or handicap that cannot be read */
    Lines parse(List<String> fields) {
        Map<Bookmaker, LineQuote> totalsQuotes = quotes(fields, totals, TOTALS_LINE);
        String line = handicap.value(fields);
        Map<Bookmaker, LineQuote> spreadsQuotes = line.isEmpty() ? Map.of() : quotes(fields, spreads, point(line));
        return totalsQuotes.isEmpty() && spreadsQuotes.isEmpty() ? Lines.NONE : new Lines(totalsQuotes, spreadsQuotes);
    }

    private static Map<Bookmaker, LineQuote> quotes(List<String> fields, List<Pair> pairs, BigDecimal point) {
        Map<Bookmaker, LineQuote> quotes = new EnumMap<>(Bookmaker.class);
        for (Pair pair : pairs) {
            BigDecimal first = price(fields, pair.first());
            BigDecimal second = price(fields, pair.second());
            if (first != null && second != null) {
                quotes.put(pair.bookmaker(), new LineQuote(point, first, second));
            }
        }
        return quotes;
    }

    private static BigDecimal price(List<String> fields, Column column) {
        return "0".equals(column.value(fields)) ? null : FootballDataRow.price(fields, column);
    }

    private BigDecimal point(String text) {
        try {
            return new Line(new BigDecimal(text)).point();
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new IllegalArgumentException(handicap.name() + " '" + text + "' is not a handicap in quarters of a goal");
        }
    }

    private record Pair(Bookmaker bookmaker, Column first, Column second) {
    }
}
