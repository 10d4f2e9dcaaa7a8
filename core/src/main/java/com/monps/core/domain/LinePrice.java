package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One bookmaker's two prices of a line market for one match at one moment, as stored in {@code odds_lines}.
 *
 * @param point    totals: the goal line; spreads: the home team's handicap (the away price is for {@code −point})
 * @param overHome totals: the price of over; spreads: the price of the home side
 * @param underAway totals: the price of under; spreads: the price of the away side
 */
public record LinePrice(String matchId, String bookmaker, Market market, BigDecimal point, BigDecimal overHome,
                        BigDecimal underAway, Instant collectedAt, Instant bookmakerLastUpdate) {

    public LinePrice {
        Objects.requireNonNull(matchId, "match id");
        Objects.requireNonNull(bookmaker, "bookmaker");
        Objects.requireNonNull(collectedAt, "collected at");
        if (market == null || !market.hasLine()) {
            throw new IllegalArgumentException("a line price is on totals or spreads (got " + market + ")");
        }
        point = new Line(point).point();
        if (market == Market.TOTALS && point.signum() <= 0) {
            throw new IllegalArgumentException("a goal line must be above 0 (got " + point.toPlainString() + ")");
        }
        requireAboveOne(overHome, market == Market.TOTALS ? "over" : "home");
        requireAboveOne(underAway, market == Market.TOTALS ? "under" : "away");
    }

    private static void requireAboveOne(BigDecimal price, String side) {
        if (price == null || price.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException(side + " price must be above 1 (got " + price + ")");
        }
    }
}
