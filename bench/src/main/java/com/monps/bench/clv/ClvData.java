package com.monps.bench.clv;

import com.monps.core.db.Database;

/**
 * Finished matches with {@code polls} price rows per bookmaker (20 bookmakers, Pinnacle among them; the last poll is
 * an in-play price after kick-off, which CLV must ignore) and bets on them, generated inside PostgreSQL so that ten
 * million rows need no client memory. One bet in twenty is at a bookmaker never collected (the Pinnacle fallback).
 */
final class ClvData {

    static final String BOOKMAKERS = "ARRAY['pinnacle','betfair_ex_eu','williamhill','bet365','unibet_eu','betsson','marathonbet',"
            + "'onexbet','sport888','betclic','coolbet','nordicbet','matchbook','everygame','gtbets','suprabets','tipico_de',"
            + "'winamax_fr','betonlineag','mybookieag']";

    private ClvData() {
    }

    static int load(Database db, int oddsRows, int polls, int bets) {
        int matches = Math.max(1, oddsRows / (20 * polls));
        db.dsl().execute("""
                INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team, completed, home_score, away_score)
                SELECT 'c' || g, 'soccer_epl', 'EPL', timestamptz '2024-08-01 12:00Z' + g * interval '30 minutes',
                       'Home ' || g, 'Away ' || g, true, g % 3, g % 2
                FROM generate_series(1, ?) g""", matches);
        db.dsl().execute("INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at)"
                + " SELECT m.id, b.name, round((1.5 + random() * 3)::numeric, 3), round((3 + random())::numeric, 3),"
                + " round((2 + random() * 4)::numeric, 3), m.commence_time + interval '1 hour' - p * interval '2 hours'"
                + " FROM matches m CROSS JOIN unnest(" + BOOKMAKERS + ") AS b(name) CROSS JOIN generate_series(0, ? - 1) p"
                + " ORDER BY p DESC, m.id", polls);
        db.dsl().execute("INSERT INTO bets (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake,"
                + " bookmaker) SELECT m.id, m.home_team, m.away_team, 'soccer_epl', 'EPL', m.commence_time,"
                + " (ARRAY['home','draw','away'])[1 + g % 3], round((1.5 + random() * 3)::numeric, 3), 10,"
                + " CASE WHEN g % 20 = 0 THEN 'never_collected' ELSE (" + BOOKMAKERS + ")[1 + g % 19] END"
                + " FROM generate_series(1, ?) g JOIN matches m ON m.id = 'c' || (1 + g % ?)", bets, matches);
        db.dsl().execute("VACUUM ANALYZE");
        return matches;
    }
}
