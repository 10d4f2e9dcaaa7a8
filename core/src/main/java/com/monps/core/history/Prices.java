package com.monps.core.history;

import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.util.Objects;

/** One bookmaker's three 1X2 decimal prices, each greater than 1. */
public record Prices(BigDecimal home, BigDecimal draw, BigDecimal away) {

    public Prices {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(draw, "draw");
        Objects.requireNonNull(away, "away");
    }

    public BigDecimal price(Outcome outcome) {
        return switch (outcome) {
            case HOME -> home;
            case DRAW -> draw;
            case AWAY -> away;
            case OVER, UNDER -> throw new IllegalArgumentException("a 1X2 price has no " + outcome.code() + " side");
        };
    }

    public double[] asArray() {
        return new double[] {home.doubleValue(), draw.doubleValue(), away.doubleValue()};
    }
}
