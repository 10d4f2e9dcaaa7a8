package com.monps.core.history;

import java.util.Map;

/** A football-data.co.uk division code ({@code Div}) with The Odds API sport key and a readable league name. */
public record League(String division, String sportKey, String name) {

    private static final Map<String, League> KNOWN = Map.of(
            "E0", new League("E0", "soccer_epl", "EPL"),
            "E1", new League("E1", "soccer_efl_champ", "Championship"),
            "F1", new League("F1", "soccer_france_ligue_one", "Ligue 1"),
            "D1", new League("D1", "soccer_germany_bundesliga", "Bundesliga"),
            "I1", new League("I1", "soccer_italy_serie_a", "Serie A"),
            "SP1", new League("SP1", "soccer_spain_la_liga", "La Liga"));

    /** The league of a division code; a division Mon_PS does not know keeps its code as sport key {@code soccer_fd_<div>}. */
    public static League of(String division) {
        League known = KNOWN.get(division);
        return known != null ? known : new League(division, "soccer_fd_" + division.toLowerCase(java.util.Locale.ROOT), division);
    }
}
