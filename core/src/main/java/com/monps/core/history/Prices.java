package com.monps.core.history;

import com.monps.core.domain.MatchOdds;

import java.math.BigDecimal;
import java.util.Objects;

/** One bookmaker's three 1X2 decimal prices, each greater than 1. */
public record Prices(BigDecimal home, BigDecimal draw, BigDecimal away) implements MatchOdds {

    public Prices {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(draw, "draw");
        Objects.requireNonNull(away, "away");
    }

    public double[] asArray() {
        return new double[] {home.doubleValue(), draw.doubleValue(), away.doubleValue()};
    }
}
