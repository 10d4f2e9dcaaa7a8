package com.monps.core.domain;

import java.util.List;
import java.util.Locale;

/**
 * The side a bet backs. 1X2 (h2h) has home, draw and away (two-way sports never use {@link #DRAW}); goal totals have
 * over and under; Asian handicaps have home and away. {@link Market#outcomes()} says which belong to which market.
 */
public enum Outcome {
    HOME, DRAW, AWAY, OVER, UNDER;

    /** The three results of a match, in the order of the arrays the 1X2 code indexes by {@link #ordinal()}. */
    public static final List<Outcome> RESULTS = List.of(HOME, DRAW, AWAY);

    /** The value stored in the database ({@code home}, {@code draw}, {@code away}, {@code over}, {@code under}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromCode(String code) {
        return switch (code == null ? "" : code.trim().toLowerCase(Locale.ROOT)) {
            case "home", "h", "1" -> HOME;
            case "draw", "d", "x" -> DRAW;
            case "away", "a", "2" -> AWAY;
            case "over" -> OVER;
            case "under" -> UNDER;
            default -> throw new IllegalArgumentException("unknown outcome '" + code + "': expected home, draw, away, over or under");
        };
    }
}
