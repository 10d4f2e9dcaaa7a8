package com.monps.core.domain;

import java.util.Locale;

/** The three results of a 1X2 (h2h) market; two-way sports never use {@link #DRAW}. */
public enum Outcome {
    HOME, DRAW, AWAY;

    /** The value stored in the database ({@code home}, {@code draw}, {@code away}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromCode(String code) {
        return switch (code == null ? "" : code.trim().toLowerCase(Locale.ROOT)) {
            case "home", "h", "1" -> HOME;
            case "draw", "d", "x" -> DRAW;
            case "away", "a", "2" -> AWAY;
            default -> throw new IllegalArgumentException("unknown outcome '" + code + "': expected home, draw or away");
        };
    }
}
