package com.monps.agent.clv;

/**
 * The CLV update of h2h bets, one statement for all of them (totals and spreads: {@link LineClvStatement}). For each
 * h2h bet whose match has kicked off (the bound parameter is "now"):
 * <ul>
 *   <li>{@code closing_odds}: the last price of the bet's outcome collected at or before kick-off at the bet's
 *       bookmaker, or at Pinnacle when that bookmaker was never collected; {@code clv_percent = (odds / closing − 1) × 100};</li>
 *   <li>{@code closing_fair_prob}: the outcome's probability in the multiplicatively de-vigged Pinnacle closing line, or
 *       else in the consensus (each bookmaker's closing implied probabilities averaged, then normalised);
 *       {@code clv_fair_pct = (odds × fair p − 1) × 100}; {@code closing_source} says which line ({@code pinnacle} or
 *       {@code consensus}).</li>
 * </ul>
 * Closing lines come from {@code odds_latest} (V70: per match and bookmaker, the last price at or before kick-off, kept
 * by triggers on {@code odds_h2h}): one lookup per bet for its own bookmaker, and one pass over the due matches' closing
 * lines that yields both Pinnacle's line and the consensus of each match (the consensus used only where Pinnacle has
 * none). That pass replaced a separate join for Pinnacle and an anti-join for "no Pinnacle line", three scans of
 * {@code odds_latest} in all. Each match's fair probabilities are computed once per match ({@code lines}), not once per
 * bet, and the consensus averages the implied probabilities in float8: numeric division over every closing price was
 * a third of the lookups (bench/RESULTS.md, "clv"). Pinnacle's de-vigging stays in numeric (10^4 rows, exact as
 * before); a consensus may differ from a numeric average only below the sixth decimal it is rounded to. Rows are
 * written only when a value changes, so a re-run changes nothing.
 */
final class ClvStatement {

    private ClvStatement() {
    }

    static final String SQL = """
            WITH due AS (
                    SELECT b.id, b.match_id, b.bookmaker, b.outcome, b.odds
                      FROM bets b JOIN matches m ON m.id = b.match_id
                     WHERE b.market = 'h2h' AND m.commence_time <= CAST(? AS timestamptz)),
                 books AS (
                    SELECT l.match_id, bool_or(l.bookmaker = 'pinnacle') AS pinnacle,
                           max(l.home_odds) FILTER (WHERE l.bookmaker = 'pinnacle') AS pin_home,
                           max(l.draw_odds) FILTER (WHERE l.bookmaker = 'pinnacle') AS pin_draw,
                           max(l.away_odds) FILTER (WHERE l.bookmaker = 'pinnacle') AS pin_away,
                           avg(1 / l.home_odds::float8) AS home_p, avg(1 / l.draw_odds::float8) AS draw_p,
                           avg(1 / l.away_odds::float8) AS away_p
                      FROM odds_latest l
                     WHERE l.match_id IN (SELECT match_id FROM due)
                     GROUP BY l.match_id),
                 lines AS MATERIALIZED (
                    SELECT k.match_id, k.pin_home, k.pin_draw, k.pin_away, f.source,
                           round(f.home, 6) AS fair_home, round(f.draw, 6) AS fair_draw,
                           round(f.away, 6) AS fair_away
                      FROM books k CROSS JOIN LATERAL (
                            SELECT CASE WHEN k.pinnacle THEN 'pinnacle' ELSE 'consensus' END AS source,
                                   CASE WHEN k.pinnacle THEN 1 / k.pin_home ELSE k.home_p::numeric END AS home,
                                   CASE WHEN k.pinnacle THEN 1 / k.pin_draw ELSE k.draw_p::numeric END AS draw,
                                   CASE WHEN k.pinnacle THEN 1 / k.pin_away ELSE k.away_p::numeric END AS away) r
                     CROSS JOIN LATERAL (
                            SELECT r.source, r.home / (r.home + coalesce(r.draw, 0) + r.away) AS home,
                                   r.draw / (r.home + coalesce(r.draw, 0) + r.away) AS draw,
                                   r.away / (r.home + coalesce(r.draw, 0) + r.away) AS away) f),
                 closing AS (
                    SELECT s.id, p.closing_odds, p.fair_prob, ln.source,
                           round((s.odds / p.closing_odds - 1) * 100, 3) AS clv_percent,
                           round((s.odds * p.fair_prob - 1) * 100, 3) AS clv_fair_pct
                      FROM due s
                      LEFT JOIN odds_latest own ON own.match_id = s.match_id AND own.bookmaker = s.bookmaker
                      LEFT JOIN lines ln ON ln.match_id = s.match_id
                     CROSS JOIN LATERAL (
                            SELECT CASE s.outcome WHEN 'home' THEN coalesce(own.home_odds, ln.pin_home)
                                                  WHEN 'draw' THEN coalesce(own.draw_odds, ln.pin_draw)
                                                  ELSE coalesce(own.away_odds, ln.pin_away) END AS closing_odds,
                                   CASE s.outcome WHEN 'home' THEN ln.fair_home WHEN 'draw' THEN ln.fair_draw
                                                  ELSE ln.fair_away END AS fair_prob) p)
            UPDATE bets b
               SET closing_odds = c.closing_odds,
                   clv_percent = c.clv_percent,
                   closing_fair_prob = c.fair_prob,
                   clv_fair_pct = c.clv_fair_pct,
                   closing_source = c.source
              FROM closing c
             WHERE b.id = c.id
               AND (c.closing_odds IS NOT NULL OR c.fair_prob IS NOT NULL)
               AND (b.closing_odds, b.clv_percent, b.closing_fair_prob, b.clv_fair_pct, b.closing_source)
                   IS DISTINCT FROM (c.closing_odds, c.clv_percent, c.fair_prob, c.clv_fair_pct, c.source)
            """;
}
