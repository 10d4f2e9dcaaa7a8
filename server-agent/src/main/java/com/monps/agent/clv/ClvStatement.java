package com.monps.agent.clv;

/**
 * The CLV update, one statement for all bets. For each bet whose match has kicked off (the bound parameter is "now"):
 * <ul>
 *   <li>{@code closing_odds}: the last price of the bet's outcome collected at or before kick-off at the bet's
 *       bookmaker, or at Pinnacle when that bookmaker was never collected; {@code clv_percent = (odds / closing − 1) × 100};</li>
 *   <li>{@code closing_fair_prob}: the outcome's probability in the multiplicatively de-vigged Pinnacle closing line, or
 *       else in the consensus (each bookmaker's last pre-kick-off implied probabilities averaged, then normalised);
 *       {@code clv_fair_pct = (odds × fair p − 1) × 100}; {@code closing_source} says which line ({@code pinnacle} or
 *       {@code consensus}).</li>
 * </ul>
 * Each lookup is a LATERAL backward scan of the {@code odds_h2h} primary key (match, bookmaker, collected_at). Rows are
 * written only when a value changes, so a re-run changes nothing.
 */
final class ClvStatement {

    private ClvStatement() {
    }

    static final String SQL = """
            UPDATE bets b
               SET closing_odds = c.closing_odds,
                   clv_percent = c.clv_percent,
                   closing_fair_prob = c.fair_prob,
                   clv_fair_pct = c.clv_fair_pct,
                   closing_source = c.source
              FROM (
                    SELECT s.id, p.closing_odds, p.fair_prob, f.source,
                           round((s.odds / p.closing_odds - 1) * 100, 3) AS clv_percent,
                           round((s.odds * p.fair_prob - 1) * 100, 3) AS clv_fair_pct
                      FROM (SELECT b.id, b.match_id, b.bookmaker, b.outcome, b.odds,
                                   coalesce(m.commence_time, b.commence_time) AS kick_off
                              FROM bets b LEFT JOIN matches m ON m.id = b.match_id
                             WHERE coalesce(m.commence_time, b.commence_time) <= CAST(? AS timestamptz)) s
                      LEFT JOIN LATERAL (
                            SELECT o.home_odds, o.draw_odds, o.away_odds
                              FROM odds_h2h o
                             WHERE o.match_id = s.match_id AND o.bookmaker = s.bookmaker AND o.collected_at <= s.kick_off
                             ORDER BY o.collected_at DESC LIMIT 1) own ON true
                      LEFT JOIN LATERAL (
                            SELECT o.home_odds, o.draw_odds, o.away_odds
                              FROM odds_h2h o
                             WHERE o.match_id = s.match_id AND o.bookmaker = 'pinnacle' AND o.collected_at <= s.kick_off
                             ORDER BY o.collected_at DESC LIMIT 1) pin ON true
                      LEFT JOIN LATERAL (
                            SELECT avg(1 / l.home_odds) AS home_p, avg(1 / l.draw_odds) AS draw_p,
                                   avg(1 / l.away_odds) AS away_p, count(*) AS books
                              FROM (SELECT DISTINCT ON (o.bookmaker) o.home_odds, o.draw_odds, o.away_odds
                                      FROM odds_h2h o
                                     WHERE o.match_id = s.match_id AND o.collected_at <= s.kick_off
                                       AND pin.home_odds IS NULL -- the consensus is only needed without Pinnacle: 15x faster
                                     ORDER BY o.bookmaker, o.collected_at DESC) l) cons ON true
                     CROSS JOIN LATERAL (
                            SELECT CASE WHEN pin.home_odds IS NOT NULL THEN 'pinnacle'
                                        WHEN cons.books > 0 THEN 'consensus' END AS source) f
                     CROSS JOIN LATERAL (
                            SELECT CASE s.outcome WHEN 'home' THEN coalesce(own.home_odds, pin.home_odds)
                                                  WHEN 'draw' THEN coalesce(own.draw_odds, pin.draw_odds)
                                                  ELSE coalesce(own.away_odds, pin.away_odds) END AS closing_odds,
                                   round(CASE f.source
                                         WHEN 'pinnacle' THEN
                                              (CASE s.outcome WHEN 'home' THEN 1 / pin.home_odds
                                                              WHEN 'draw' THEN 1 / pin.draw_odds
                                                              ELSE 1 / pin.away_odds END)
                                              / (1 / pin.home_odds + coalesce(1 / pin.draw_odds, 0) + 1 / pin.away_odds)
                                         WHEN 'consensus' THEN
                                              (CASE s.outcome WHEN 'home' THEN cons.home_p
                                                              WHEN 'draw' THEN cons.draw_p
                                                              ELSE cons.away_p END)
                                              / (cons.home_p + coalesce(cons.draw_p, 0) + cons.away_p)
                                         END, 6) AS fair_prob) p
                   ) c
             WHERE b.id = c.id
               AND (c.closing_odds IS NOT NULL OR c.fair_prob IS NOT NULL)
               AND (b.closing_odds, b.clv_percent, b.closing_fair_prob, b.clv_fair_pct, b.closing_source)
                   IS DISTINCT FROM (c.closing_odds, c.clv_percent, c.fair_prob, c.clv_fair_pct, c.source)
            """;
}
