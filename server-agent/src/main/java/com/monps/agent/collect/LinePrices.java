package com.monps.agent.collect;

import com.monps.agent.oddsapi.OddsEvent;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one event's {@code totals} and {@code spreads} markets into line rows, one per line a bookmaker quotes (a market
 * may carry several points at once). Totals outcomes are {@code {"name": "Over"|"Under", "price", "point"}}; spreads
 * outcomes name a team and carry its signed handicap, the home team's handicap being the row's point and the away
 * team's price belonging to the opposite point. A line needs both sides: a lone side, an outcome naming neither side,
 * or a point off the quarter grid is skipped with a warning, and the bookmaker's other lines are kept.
 */
final class LinePrices {

    private static final Logger log = LoggerFactory.getLogger(LinePrices.class);

    private LinePrices() {
    }

    static List<LinePrice> of(OddsEvent event, Instant collectedAt) {
        List<LinePrice> rows = new ArrayList<>();
        for (OddsEvent.Bookmaker bookmaker : event.bookmakers()) {
            for (OddsEvent.Market market : bookmaker.markets()) {
                Market kind = switch (market.key()) {
                    case "totals" -> Market.TOTALS;
                    case "spreads" -> Market.SPREADS;
                    default -> null;
                };
                if (kind != null) {
                    rows.addAll(lines(event, bookmaker, kind, market, collectedAt));
                }
            }
        }
        return rows;
    }

    private static List<LinePrice> lines(OddsEvent event, OddsEvent.Bookmaker bookmaker, Market kind,
                                         OddsEvent.Market market, Instant collectedAt) {
        Map<BigDecimal, BigDecimal[]> sides = new TreeMap<>();
        for (OddsEvent.Price outcome : market.outcomes()) {
            int side = side(event, kind, outcome.name());
            if (side < 0 || outcome.point() == null) {
                skip(event, bookmaker, kind, "outcome '" + outcome.name() + "'"
                        + (side < 0 ? " names neither side" : " has no point"));
                continue;
            }
            // the home team's handicap keys a spreads row; the away team's point is its negative
            BigDecimal point = (kind == Market.SPREADS && side == 1 ? outcome.point().negate() : outcome.point()).stripTrailingZeros();
            sides.computeIfAbsent(point, p -> new BigDecimal[2])[side] = outcome.price();
        }
        Instant lastUpdate = market.lastUpdate() != null ? market.lastUpdate() : bookmaker.lastUpdate();
        List<LinePrice> rows = new ArrayList<>(sides.size());
        sides.forEach((point, prices) -> {
            if (prices[0] == null || prices[1] == null) {
                skip(event, bookmaker, kind, "line " + point.toPlainString() + " has one side only");
                return;
            }
            try {
                rows.add(new LinePrice(event.id(), bookmaker.key(), kind, point, prices[0], prices[1], collectedAt, lastUpdate));
            } catch (IllegalArgumentException e) {
                skip(event, bookmaker, kind, "line " + point.toPlainString() + ": " + e.getMessage());
            }
        });
        return rows;
    }

    /** 0 for over or home, 1 for under or away, -1 when the name is neither. */
    private static int side(OddsEvent event, Market kind, String name) {
        if (kind == Market.TOTALS) {
            return "Over".equals(name) ? 0 : "Under".equals(name) ? 1 : -1;
        }
        return name.equals(event.homeTeam()) ? 0 : name.equals(event.awayTeam()) ? 1 : -1;
    }

    private static void skip(OddsEvent event, OddsEvent.Bookmaker bookmaker, Market kind, String reason) {
        log.warn("event {} ({} v {}): {} of bookmaker {} skipped: {}", event.id(), event.homeTeam(), event.awayTeam(),
                kind.code(), bookmaker.key(), reason);
    }
}
