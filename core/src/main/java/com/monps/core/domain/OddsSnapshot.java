package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One bookmaker's 1X2 prices for one match at one moment; {@code draw} is null for two-way sports. */
public record OddsSnapshot(String matchId, String bookmaker, BigDecimal home, BigDecimal draw, BigDecimal away,
                           Instant collectedAt, Instant bookmakerLastUpdate) implements MatchOdds {

    public OddsSnapshot {
        Objects.requireNonNull(matchId, "match id");
        Objects.requireNonNull(bookmaker, "bookmaker");
        Objects.requireNonNull(collectedAt, "collected at");
        requireAboveOne(home, "home");
        requireAboveOne(away, "away");
        if (draw != null) {
            requireAboveOne(draw, "draw");
        }
    }

    private static void requireAboveOne(BigDecimal price, String side) {
        if (price == null || price.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException(side + " price must be above 1 (got " + price + ")");
        }
    }
}
