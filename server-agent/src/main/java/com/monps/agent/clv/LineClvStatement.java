package com.monps.agent.clv;

import com.monps.core.db.QueryClass;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The CLV update of totals and spreads bets, one statement for all of them. A bet reads the line row of its market at
 * its point in the bet's terms (an away spreads bet at +0.25 reads the home point −0.25, second side). For each such bet
 * whose match has kicked off (the bound parameter is "now"):
 * <ul>
 *   <li>the closing snapshot of a bookmaker is its lines of the market at its last collection at or before kick-off
 *       ({@code odds_lines_latest} rows with that bookmaker's newest {@code collected_at}): a line it had stopped
 *       quoting by then is not a closing line;</li>
 *   <li>{@code closing_odds}: the bet's side at its point in the closing snapshot of the bet's bookmaker, or of Pinnacle
 *       when that bookmaker's market was never collected for the match; {@code clv_percent = (odds / closing − 1) × 100};</li>
 *   <li>{@code closing_fair_prob}: the side's probability in Pinnacle's closing snapshot at that point, de-vigged
 *       multiplicatively over its two sides; {@code clv_fair_pct = (odds × fair p − 1) × 100}; {@code closing_source = 'pinnacle'};</li>
 *   <li>when that snapshot has no line at the bet's point (the line moved), no closing odds and no CLV are written:
 *       {@code closing_source = 'line_moved'} and {@code closing_point} is the snapshot's main line (the point whose two
 *       prices are closest), in the bet's terms. The no-vig CLV is still written if Pinnacle closed at the bet's point.</li>
 * </ul>
 * Rows are written only when a value changes, so a re-run changes nothing; the statement returns the ids it changed.
 * A moved line's no-vig CLV from the closing market translated to the bet's line is {@link ImpliedLineClv}'s, next.
 */
@QueryClass
final class LineClvStatement {

    private LineClvStatement() {
    }

    /** Runs the statement for the matches kicked off by {@code now}; the ids of the bets it changed. */
    static List<Long> run(DSLContext dsl, OffsetDateTime now) {
        return dsl.fetch(SQL, now).getValues(0, Long.class);
    }

    private static final String SQL = """
            WITH due AS (
                    SELECT b.id, b.match_id, b.bookmaker, b.market, b.odds, b.outcome IN ('over', 'home') AS first_side,
                           CASE WHEN b.market = 'spreads' AND b.outcome = 'away' THEN -b.point ELSE b.point END AS row_point,
                           b.market = 'spreads' AND b.outcome = 'away' AS away_handicap
                      FROM bets b JOIN matches m ON m.id = b.match_id
                     WHERE b.market IN ('totals', 'spreads') AND m.commence_time <= CAST(? AS timestamptz)),
                 closing_at AS (
                    SELECT l.match_id, l.bookmaker, l.market, max(l.collected_at) AS at
                      FROM odds_lines_latest l
                     WHERE l.match_id IN (SELECT match_id FROM due)
                     GROUP BY l.match_id, l.bookmaker, l.market),
                 closing AS (
                    SELECT l.match_id, l.bookmaker, l.market, l.point, l.over_home_odds, l.under_away_odds
                      FROM odds_lines_latest l
                      JOIN closing_at c ON c.match_id = l.match_id AND c.bookmaker = l.bookmaker AND c.market = l.market
                                       AND c.at = l.collected_at),
                 main AS (
                    SELECT DISTINCT ON (match_id, bookmaker, market) match_id, bookmaker, market, point
                      FROM closing
                     ORDER BY match_id, bookmaker, market, abs(over_home_odds - under_away_odds), point),
                 priced AS (
                    SELECT d.id, d.odds,
                           CASE WHEN d.first_side THEN own.over_home_odds ELSE own.under_away_odds END AS closing_odds,
                           round((1 / CASE WHEN d.first_side THEN pin.over_home_odds ELSE pin.under_away_odds END)
                                 / (1 / pin.over_home_odds + 1 / pin.under_away_odds), 6) AS fair_prob,
                           CASE WHEN own.point IS NULL AND mn.point IS NOT NULL THEN 'line_moved'
                                WHEN pin.point IS NOT NULL THEN 'pinnacle' END AS source,
                           CASE WHEN own.point IS NULL AND d.away_handicap THEN -mn.point
                                WHEN own.point IS NULL THEN mn.point END AS closing_point
                      FROM due d
                     CROSS JOIN LATERAL (
                            SELECT CASE WHEN EXISTS (SELECT 1 FROM closing_at c WHERE c.match_id = d.match_id
                                                        AND c.bookmaker = d.bookmaker AND c.market = d.market)
                                        THEN d.bookmaker ELSE 'pinnacle' END AS bookmaker) src
                      LEFT JOIN closing own ON own.match_id = d.match_id AND own.bookmaker = src.bookmaker
                                           AND own.market = d.market AND own.point = d.row_point
                      LEFT JOIN closing pin ON pin.match_id = d.match_id AND pin.bookmaker = 'pinnacle'
                                           AND pin.market = d.market AND pin.point = d.row_point
                      LEFT JOIN main mn ON mn.match_id = d.match_id AND mn.bookmaker = src.bookmaker AND mn.market = d.market),
                 result AS (
                    SELECT p.id, p.closing_odds, p.fair_prob, p.source, p.closing_point,
                           round((p.odds / p.closing_odds - 1) * 100, 3) AS clv_percent,
                           round((p.odds * p.fair_prob - 1) * 100, 3) AS clv_fair_pct
                      FROM priced p)
            UPDATE bets b
               SET closing_odds = r.closing_odds,
                   clv_percent = r.clv_percent,
                   closing_fair_prob = r.fair_prob,
                   clv_fair_pct = r.clv_fair_pct,
                   closing_source = r.source,
                   closing_point = r.closing_point
              FROM result r
             WHERE b.id = r.id
               AND (r.closing_odds IS NOT NULL OR r.fair_prob IS NOT NULL OR r.source IS NOT NULL)
               AND (b.closing_odds, b.clv_percent, b.closing_fair_prob, b.clv_fair_pct, b.closing_source, b.closing_point)
                   IS DISTINCT FROM (r.closing_odds, r.clv_percent, r.fair_prob, r.clv_fair_pct, r.source, r.closing_point)
            RETURNING b.id
            """;
}
