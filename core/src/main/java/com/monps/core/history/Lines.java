package com.monps.core.history;

import java.util.Map;

/**
 * The line prices of one snapshot (opening or closing) of a match, by bookmaker: over/under 2.5 and the Asian handicap
 * at the snapshot's line ({@code AHh} opening, {@code AHCh} closing; every bookmaker of a snapshot quotes that one line).
 */
public record Lines(Map<Bookmaker, LineQuote> totals, Map<Bookmaker, LineQuote> spreads) {

    public static final Lines NONE = new Lines(Map.of(), Map.of());

    public Lines {
        totals = Map.copyOf(totals);
        spreads = Map.copyOf(spreads);
    }
}
