package com.monps.core.history;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bookmaker's two prices of a line in a history file.
 *
 * @param point    the goal line (totals) or the home team's handicap (spreads)
 * @param overHome the price of over (totals) or of the home side (spreads)
 * @param underAway the price of under (totals) or of the away side at {@code −point} (spreads)
 */
public record LineQuote(BigDecimal point, BigDecimal overHome, BigDecimal underAway) {

    public LineQuote {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(overHome, "overHome");
        Objects.requireNonNull(underAway, "underAway");
    }
}
