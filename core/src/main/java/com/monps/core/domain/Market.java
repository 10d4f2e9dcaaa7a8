package com.monps.core.domain;

import java.util.List;
import java.util.Locale;

/**
 * The markets Mon_PS collects and bets on: {@code h2h} (1X2, or home/away in two-way sports), {@code totals} (over or
 * under a goal line) and {@code spreads} (Asian handicap; the home team's handicap, the away side carrying its negative).
 * The codes are The Odds API's market keys and the values of {@code bets.market}.
 */
public enum Market {
    H2H(List.of(Outcome.HOME, Outcome.DRAW, Outcome.AWAY)),
    TOTALS(List.of(Outcome.OVER, Outcome.UNDER)),
    SPREADS(List.of(Outcome.HOME, Outcome.AWAY));

    private final List<Outcome> outcomes;

    Market(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcomes a bet on this market may back. */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Whether a bet on this market is on a line ({@code point}): totals and spreads. */
    public boolean hasLine() {
        return this != H2H;
    }

    /** The market of a code; null or blank is {@link #H2H}, the market of every bet recorded before there were others. */
    public static Market fromCode(String code) {
        return switch (code == null ? "" : code.trim().toLowerCase(Locale.ROOT)) {
            case "", "h2h" -> H2H;
            case "totals" -> TOTALS;
            case "spreads" -> SPREADS;
            default -> throw new IllegalArgumentException("unknown market '" + code + "': expected h2h, totals or spreads");
        };
    }
}
