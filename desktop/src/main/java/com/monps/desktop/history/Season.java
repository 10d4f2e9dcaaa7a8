package com.monps.desktop.history;

import java.util.Map;

/**
 * One league's season as football-data.co.uk publishes it: division {@code E0} and the season starting in 2026 are
 * the file {@code mmz4281/2627/E0.csv}, cached as {@code E0_2627.csv}, read by a trader as "Premier League 2026/27".
 */
public record Season(String division, int startYear) {

    private static final Map<String, String> LEAGUES = Map.of("E0", "Premier League", "E1", "Championship", "F1", "Ligue 1",
            "D1", "Bundesliga", "I1", "Serie A", "SP1", "La Liga");

    public Season {
        if (!LEAGUES.containsKey(division)) {
            throw new IllegalArgumentException("division must be one of " + LEAGUES.keySet() + " (got " + division + ")");
        }
    }

    /** The site's season folder: 2026/27 is {@code 2627}. */
    public String folder() {
        return String.format("%02d%02d", startYear % 100, (startYear + 1) % 100);
    }

    /** The cached file's name without extension, e.g. {@code E0_2627}. */
    public String code() {
        return division + "_" + folder();
    }

    /** "Premier League 2026/27". */
    public String label() {
        return LEAGUES.get(division) + " " + startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
