package com.monps.core.domain;

import java.util.Locale;

/**
 * Where a bet stands. {@link #HALF_WON} and {@link #HALF_LOST} settle quarter lines of totals and spreads, where one
 * half-stake pushes and the other wins or loses (docs/markets.md).
 */
public enum BetStatus {
    PENDING, WON, LOST, VOID, HALF_WON, HALF_LOST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSettled() {
        return this != PENDING;
    }

    public static BetStatus fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown bet status '" + code
                    + "': expected pending, won, lost, void, half_won or half_lost");
        }
    }
}
