package com.monps.core.history;

import java.util.List;

/**
 * The bookmakers of a football-data.co.uk file that Mon_PS imports, with their column prefixes and the keys The Odds API
 * uses for them. {@code Max} and {@code Avg} columns are market summaries, not bookmakers, and are never read.
 */
public enum Bookmaker {
    BET365("B365", "bet365", "B365"),
    BETWAY("BW", "betway", null),
    INTERWETTEN("IW", "interwetten", null),
    PINNACLE("PS", "pinnacle", "P"),
    WILLIAM_HILL("WH", "williamhill", null),
    BETVICTOR("VC", "betvictor", null);

    /** The bookmakers other than Pinnacle, in the order ties between equal prices are resolved. */
    public static final List<Bookmaker> SOFT = List.of(BET365, BETWAY, INTERWETTEN, WILLIAM_HILL, BETVICTOR);

    private final String prefix;
    private final String key;
    private final String linePrefix;

    Bookmaker(String prefix, String key, String linePrefix) {
        this.prefix = prefix;
        this.key = key;
        this.linePrefix = linePrefix;
    }

    /**
     * Column prefix of the over/under 2.5 and Asian handicap prices ({@code <p>>2.5}, {@code <p>AHH}, closing
     * {@code <p>C>2.5}, {@code <p>CAHH}), or null for a bookmaker the files give no line prices for.
     */
    public String linePrefix() {
        return linePrefix;
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
