package com.monps.desktop.matchdetail;

import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A match and every price stored for it, 1X2 and line markets alike, with each bookmaker's closing snapshot: its last
 * collection of the market at or before kick-off (a line it had stopped quoting by then is not a closing line, as the
 * CLV job reads it, docs/markets.md).
 */
public record PriceHistory(Match match, List<Quote> quotes) {

    /** The bookmaker's closing quote at the line, or, when its closing snapshot has the market at other lines only, the line it moved to. */
    record Closing(Quote quote, BigDecimal movedTo) {

        static final Closing NONE = new Closing(null, null);
    }

    public static PriceHistory of(Match match, List<OddsSnapshot> h2h, List<LinePrice> lines) {
        List<Quote> quotes = new ArrayList<>(h2h.size() + lines.size());
        h2h.forEach(price -> quotes.add(Quote.of(price)));
        lines.forEach(price -> quotes.add(Quote.of(price)));
        quotes.sort(Comparator.comparing(Quote::at));
        return new PriceHistory(match, List.copyOf(quotes));
    }

    /** The lines quoted in a market by any bookmaker, lowest first (none for 1X2). */
    List<BigDecimal> points(Market market) {
        return quotes.stream().filter(q -> q.market() == market && q.point() != null).map(Quote::point)
                .distinct().sorted().toList();
    }

    /** The quotes of a market at a line, per bookmaker in the order they first quoted it, oldest first. */
    Map<String, List<Quote>> byBookmaker(Market market, BigDecimal point) {
        Map<String, List<Quote>> grouped = new LinkedHashMap<>();
        quotes.stream().filter(q -> q.market() == market && q.at(point))
                .forEach(q -> grouped.computeIfAbsent(q.bookmaker(), b -> new ArrayList<>()).add(q));
        return grouped;
    }

    /** The bookmakers that quoted a market at any line, in the order they first did. */
    List<String> bookmakers(Market market) {
        return quotes.stream().filter(q -> q.market() == market).map(Quote::bookmaker).distinct().toList();
    }

    Closing closing(String bookmaker, Market market, BigDecimal point) {
        List<Quote> snapshot = closingSnapshot(bookmaker, market);
        if (snapshot.isEmpty()) {
            return Closing.NONE;
        }
        return snapshot.stream().filter(q -> q.at(point)).findFirst().map(q -> new Closing(q, null))
                .orElseGet(() -> new Closing(null, mainLine(snapshot)));
    }

    /** The line to show first: Pinnacle's closing main line, else the first bookmaker's, else none (1X2). */
    Optional<BigDecimal> mainPoint(Market market) {
        if (!market.hasLine()) {
            return Optional.empty();
        }
        List<String> books = new ArrayList<>(bookmakers(market));
        books.sort(Comparator.comparing(b -> !"pinnacle".equals(b)));
        return books.stream().map(b -> closingSnapshot(b, market)).filter(s -> !s.isEmpty()).findFirst()
                .map(PriceHistory::mainLine);
    }

    private List<Quote> closingSnapshot(String bookmaker, Market market) {
        Instant kickOff = match.commenceTime();
        Optional<Instant> last = quotes.stream()
                .filter(q -> q.market() == market && q.bookmaker().equals(bookmaker) && !q.at().isAfter(kickOff))
                .map(Quote::at).max(Comparator.naturalOrder());
        return last.map(at -> quotes.stream().filter(q -> q.market() == market && q.bookmaker().equals(bookmaker)
                && q.at().equals(at)).toList()).orElse(List.of());
    }

    private static BigDecimal mainLine(List<Quote> snapshot) {
        return snapshot.stream().min(Comparator.comparingDouble(Quote::imbalance)).map(Quote::point).orElse(null);
    }
}
