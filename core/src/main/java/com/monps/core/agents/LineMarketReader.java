package com.monps.core.agents;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the line markets (totals, spreads) the agents work on, as {@link MarketReader} reads 1X2: the upcoming ones as
 * of a moment, never a price collected after it, and the closing lines of the matches played before it.
 * <p>
 * A bookmaker's snapshot of a market is its lines at its last collection of that market at or before the moment (and
 * before kick-off): a line it had stopped quoting by then is not offered any more, so it is left out, as the CLV job
 * leaves it out of the closing snapshot (docs/markets.md).
 */
@QueryClass
public final class LineMarketReader {

    /**
     * {@code odds_lines_latest} holds each line's last price before kick-off, so a (match, bookmaker, market) whose
     * newest row there is at or before :asOf is read from it (its rows at that newest time are the snapshot); one
     * collected again after :asOf (a scan of imported history as of an earlier moment) is looked up in {@code odds_lines}.
     */
    private static final String UPCOMING = """
            WITH params AS (SELECT CAST(? AS timestamptz) AS as_of, CAST(? AS timestamptz) AS until),
                 upcoming AS (
                    SELECT m.* FROM matches m, params p
                     WHERE m.commence_time > p.as_of AND m.commence_time <= p.until AND NOT m.cancelled),
                 newest AS (
                    SELECT l.match_id, l.bookmaker, l.market, max(l.collected_at) AS at
                      FROM odds_lines_latest l JOIN upcoming u ON u.id = l.match_id
                     GROUP BY l.match_id, l.bookmaker, l.market),
                 snapshot AS (
                    SELECT l.match_id, l.bookmaker, l.market, l.point, l.over_home_odds, l.under_away_odds,
                           l.collected_at, l.bookmaker_last_update
                      FROM newest n, params p, odds_lines_latest l
                     WHERE n.at <= p.as_of AND l.match_id = n.match_id AND l.bookmaker = n.bookmaker
                       AND l.market = n.market AND l.collected_at = n.at
                    UNION ALL
                    SELECT o.match_id, o.bookmaker, o.market, o.point, o.over_home_odds, o.under_away_odds,
                           o.collected_at, o.bookmaker_last_update
                      FROM newest n CROSS JOIN params p CROSS JOIN LATERAL (
                            SELECT max(o.collected_at) AS at FROM odds_lines o
                             WHERE o.match_id = n.match_id AND o.bookmaker = n.bookmaker AND o.market = n.market
                               AND o.collected_at <= p.as_of) s
                      JOIN odds_lines o ON o.match_id = n.match_id AND o.bookmaker = n.bookmaker AND o.market = n.market
                                       AND o.collected_at = s.at
                     WHERE n.at > p.as_of)
            SELECT s.match_id, s.bookmaker, s.market, s.point, s.over_home_odds, s.under_away_odds, s.collected_at,
                   s.bookmaker_last_update, u.sport_key, u.league, u.commence_time, u.home_team, u.away_team
              FROM snapshot s JOIN upcoming u ON u.id = s.match_id
             ORDER BY u.commence_time, u.id, s.market, s.point, s.bookmaker""";

    /** Per played match before :asOf, market and point of the closing snapshots, the mean closing prices and the score. */
    private static final String PLAYED_BEFORE = """
            WITH closing AS (
                    SELECT l.match_id, l.bookmaker, l.market, max(l.collected_at) AS at
                      FROM odds_lines_latest l JOIN matches m ON m.id = l.match_id
                     WHERE m.completed AND NOT m.cancelled AND m.home_score IS NOT NULL AND m.away_score IS NOT NULL
                       AND m.commence_time < CAST(? AS timestamptz)
                     GROUP BY l.match_id, l.bookmaker, l.market)
            SELECT coalesce(m.league, m.sport_key) AS league, l.market, l.point,
                   avg(l.over_home_odds)::float8 AS over_home, avg(l.under_away_odds)::float8 AS under_away,
                   m.home_score, m.away_score
              FROM closing c
              JOIN odds_lines_latest l ON l.match_id = c.match_id AND l.bookmaker = c.bookmaker AND l.market = c.market
                                      AND l.collected_at = c.at
              JOIN matches m ON m.id = l.match_id
             GROUP BY m.id, l.market, l.point
             ORDER BY m.commence_time, m.id, l.market, l.point""";

    private final DSLContext dsl;

    public LineMarketReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The lines of the matches kicking off in (asOf, asOf + horizon], earliest kick-off first, then market and point. */
    public List<LineMarket> upcoming(Instant asOf, Duration horizon) {
        OffsetDateTime from = asOf.atOffset(ZoneOffset.UTC);
        OffsetDateTime to = asOf.plus(horizon).atOffset(ZoneOffset.UTC);
        return dsl.connectionResult(connection -> {
            Map<LineKey, Match> matches = new LinkedHashMap<>();
            Map<LineKey, SortedMap<String, LinePrice>> quotes = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(UPCOMING)) {
                statement.setObject(1, from);
                statement.setObject(2, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        LinePrice quote = new LinePrice(rows.getString(1), rows.getString(2), Market.fromCode(rows.getString(3)),
                                rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getBigDecimal(6),
                                rows.getObject(7, OffsetDateTime.class).toInstant(), instant(rows.getObject(8, OffsetDateTime.class)));
                        LineKey key = new LineKey(quote.matchId(), quote.market(), quote.point());
                        if (!matches.containsKey(key)) {
                            matches.put(key, Match.upcoming(quote.matchId(), rows.getString(9), rows.getString(10),
                                    rows.getObject(11, OffsetDateTime.class).toInstant(), rows.getString(12), rows.getString(13)));
                        }
                        quotes.computeIfAbsent(key, k -> new TreeMap<>()).put(quote.bookmaker(), quote);
                    }
                }
            }
            List<LineMarket> lines = new ArrayList<>(matches.size());
            matches.forEach((key, match) -> lines.add(new LineMarket(match, key.market(), key.point(), quotes.get(key))));
            return lines;
        });
    }

    public List<LinePatternSample> playedBefore(Instant asOf) {
        return dsl.resultQuery(PLAYED_BEFORE, asOf.atOffset(ZoneOffset.UTC)).fetch(r -> new LinePatternSample(
                r.get(0, String.class), Market.fromCode(r.get(1, String.class)), r.get(2, BigDecimal.class),
                r.get(3, Double.class), r.get(4, Double.class), r.get(5, Integer.class), r.get(6, Integer.class)));
    }

    private record LineKey(String matchId, Market market, BigDecimal point) {
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
