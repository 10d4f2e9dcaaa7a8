package com.monps.core.domain;

import java.math.BigDecimal;

/** Decimal prices of the three 1X2 outcomes, read by outcome; {@code draw} may be null on two-way sports. */
public interface MatchOdds {

    BigDecimal home();

    BigDecimal draw();

    BigDecimal away();

    default boolean hasDraw() {
        return draw() != null;
    }

    /** The price of {@code outcome}; a 1X2 price has no over or under side. */
    default BigDecimal price(Outcome outcome) {
        return switch (outcome) {
            case HOME -> home();
            case DRAW -> draw();
            case AWAY -> away();
            case OVER, UNDER -> throw new IllegalArgumentException("a 1X2 price has no " + outcome.code() + " side");
        };
    }
}
