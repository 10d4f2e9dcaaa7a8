package com.monps.core.history;

import java.util.List;

/**
 * The bookmakers of a football-data.co.uk file that Mon_PS imports, with their column prefixes and the keys The Odds API
 * uses for them. {@code Max} and {@code Avg} columns are market summaries, not bookmakers, and are never read.
 */
public enum Bookmaker {
    BET365("B365", "bet365"),
    BETWAY("BW", "betway"),
    INTERWETTEN("IW", "interwetten"),
    PINNACLE("PS", "pinnacle"),
    WILLIAM_HILL("WH", "williamhill"),
    BETVICTOR("VC", "betvictor");

    /** The bookmakers other than Pinnacle, in the order ties between equal prices are resolved. */
    public static final List<Bookmaker> SOFT = List.of(BET365, BETWAY, INTERWETTEN, WILLIAM_HILL, BETVICTOR);

    private final String prefix;
    private final String key;

    Bookmaker(String prefix, String key) {
        this.prefix = prefix;
        this.key = key;
    }

    /** Column prefix in the file: opening prices are {@code <prefix>H/D/A}, closing ones {@code <prefix>CH/CD/CA}. */
    public String prefix() {
        return prefix;
    }

    /** Key stored in {@code odds_h2h.bookmaker}, the same as The Odds API's. */
    public String key() {
        return key;
    }

    public static Bookmaker fromKey(String key) {
        for (Bookmaker b : values()) {
            if (b.key.equals(key)) {
                return b;
            }
        }
        return null;
    }
}
