package com.monps.core.agents;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.Match;
import com.monps.core.domain.MatchOdds;
import com.monps.core.domain.Outcome;
import com.monps.core.history.KickOffs;
import com.monps.core.model.PlayedMatch;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.postgresql.PGStatement;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads what the agents work on: upcoming 1X2 markets as of a time, and the played matches before it. */
@QueryClass
public final class MarketReader {

    /**
     * Each bookmaker's last price (1X2 or two-way) at or before :asOf and before kick-off, for matches kicking off in (:asOf, :until].
     * {@code odds_latest} holds the last price before kick-off; when that was collected after :asOf (a scan of imported
     * history as of an earlier moment) the price as of :asOf is looked up in {@code odds_h2h} instead. {@code %1$s}
     * narrows the matches (to those an incremental scan re-evaluates) or is empty. Only the prices: the agents never
     * read a price's times, and decoding two timestamps per row cost a fifth of a full scan (bench/RESULTS.md, "scan").
     */
    private static final String LATEST_PRICES = """
            SELECT l.match_id, l.bookmaker, l.home_odds, l.draw_odds, l.away_odds
            FROM odds_latest l JOIN matches m ON m.id = l.match_id
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled
              AND l.collected_at <= ?::timestamptz%1$s
            UNION ALL
            SELECT o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds
            FROM odds_latest l JOIN matches m ON m.id = l.match_id CROSS JOIN LATERAL (
                SELECT * FROM odds_h2h o
                WHERE o.match_id = l.match_id AND o.bookmaker = l.bookmaker AND o.collected_at <= ?::timestamptz
                ORDER BY o.collected_at DESC LIMIT 1) o
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled
              AND l.collected_at > ?::timestamptz%1$s""";

    /** The matches of the same window, earliest kick-off first, as they stood before kick-off. */
    private static final String UPCOMING_MATCHES = """
            SELECT m.id, m.sport_key, m.league, m.commence_time, m.home_team, m.away_team
            FROM matches m
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled%1$s
            ORDER BY m.commence_time, m.id""";

    private static final String ONLY_MATCHES = " AND m.id = ANY (?::text[])";

    /** Per played match before :asOf, the mean over bookmakers of their closing prices (last before kick-off). */
    private static final String PLAYED_BEFORE = """
            SELECT coalesce(m.league, m.sport_key) AS league, m.home_score, m.away_score,
                   avg(l.home_odds)::float8 AS home, avg(l.draw_odds)::float8 AS draw, avg(l.away_odds)::float8 AS away
            FROM odds_latest l JOIN matches m ON m.id = l.match_id
            WHERE m.completed AND NOT m.cancelled AND m.commence_time < ?::timestamptz AND l.draw_odds IS NOT NULL
            GROUP BY m.id
            ORDER BY m.commence_time, m.id""";

    private static final String SCORES_BEFORE = """
            SELECT sport_key, commence_time, home_team, away_team, home_score, away_score FROM matches
            WHERE completed AND NOT cancelled AND home_score IS NOT NULL AND away_score IS NOT NULL
              AND commence_time < ?::timestamptz
            ORDER BY commence_time, id""";

    private static final String LEAGUE_SCORES_BEFORE = """
            SELECT sport_key, commence_time, home_team, away_team, home_score, away_score FROM matches
            WHERE completed AND NOT cancelled AND home_score IS NOT NULL AND away_score IS NOT NULL
              AND commence_time < ?::timestamptz AND sport_key = ?
            ORDER BY commence_time, id""";

    private final DSLContext dsl;

    public MarketReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Market> upcoming(Instant asOf, Duration horizon) {
        return window(asOf, horizon, null).markets();
    }

    /**
     * The matches kicking off in (asOf, asOf + horizon] and the markets of those with prices; with {@code only} set,
     * only the matches among those ids (what an incremental scan re-evaluates).
     */
    public Window window(Instant asOf, Duration horizon, Collection<String> only) {
        OffsetDateTime from = asOf.atOffset(ZoneOffset.UTC);
        OffsetDateTime to = asOf.plus(horizon).atOffset(ZoneOffset.UTC);
        return dsl.connectionResult(connection -> {
            Object ids = only == null ? null : connection.createArrayOf("text", only.toArray());
            Map<String, Map<String, MatchOdds>> byMatch = latestPrices(connection, from, to, ids);
            List<Match> matches = upcomingMatches(connection, from, to, ids);
            List<Market> markets = new ArrayList<>(byMatch.size());
            for (Match match : matches) {
                Map<String, MatchOdds> latest = byMatch.get(match.id());
                if (latest != null) {
                    markets.add(new Market(match, latest));
                }
            }
            return new Window(markets, matches.stream().map(Match::id).toList());
        });
    }

    /** What a scan looks at: the markets, and every match of the window it covered (with or without prices). */
    public record Window(List<Market> markets, List<String> matchIds) {
    }

    /**
     * Read through plain JDBC: a scan reads 10^5 prices, and jOOQ's generic record mapping cost twice the query itself
     * (bench/RESULTS.md, "scan").
     */
    private static Map<String, Map<String, MatchOdds>> latestPrices(Connection connection, OffsetDateTime from,
                                                                    OffsetDateTime to, Object ids) throws SQLException {
        Map<String, Map<String, MatchOdds>> byMatch = new HashMap<>();
        String sql = narrowed(LATEST_PRICES, ids);
        Object[] parameters = ids == null ? new Object[] {from, to, from, from, from, to, from}
                : new Object[] {from, to, from, ids, from, from, to, from, ids};
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            if (ids == null) {
                planEachTime(statement);
            }
            readPrices(statement, byMatch);
        }
        return byMatch;
    }

    /**
     * Plans the statement for its parameters on every execution. After five executions on one connection pgjdbc
     * prepares a statement on the server, and PostgreSQL may then run a generic plan: for the whole window that was
     * 5 000 index lookups into {@code odds_latest} instead of one hash join, 57 ms instead of 35 ms on the server
     * (bench/RESULTS.md, "scan"). Planning costs a millisecond; an incremental scan's narrow read keeps the cached plan.
     */
    private static void planEachTime(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    private static void readPrices(PreparedStatement statement, Map<String, Map<String, MatchOdds>> byMatch)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byMatch.computeIfAbsent(rows.getString(1), id -> new TreeMap<>())
                        .put(rows.getString(2), new Quote(rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5)));
            }
        }
    }

    /** A bookmaker's latest prices as the agents read them; the table's checks keep each above 1. */
    private record Quote(BigDecimal home, BigDecimal draw, BigDecimal away) implements MatchOdds {
    }

    private static String narrowed(String sql, Object ids) {
        return sql.formatted(ids == null ? "" : ONLY_MATCHES);
    }

    private static List<Match> upcomingMatches(Connection connection, OffsetDateTime from, OffsetDateTime to, Object ids)
            throws SQLException {
        List<Match> matches = new ArrayList<>();
        try (PreparedStatement statement = ids == null ? prepare(connection, narrowed(UPCOMING_MATCHES, null), from, to)
                : prepare(connection, narrowed(UPCOMING_MATCHES, ids), from, to, ids);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                matches.add(Match.upcoming(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getString(5), rows.getString(6)));
            }
        }
        return matches;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    public List<PatternSample> playedBefore(Instant asOf) {
        return dsl.resultQuery(PLAYED_BEFORE, asOf.atOffset(ZoneOffset.UTC)).fetch(r -> {
            int home = r.get(1, Integer.class);
            int away = r.get(2, Integer.class);
            Outcome result = home > away ? Outcome.HOME : home == away ? Outcome.DRAW : Outcome.AWAY;
            return new PatternSample(r.get(0, String.class),
                    new double[] {r.get(3, Double.class), r.get(4, Double.class), r.get(5, Double.class)}, result);
        });
    }

    /** The matches played before {@code asOf}, per sport key, as agent E's goal model reads them (day in UK time). */
    public Map<String, List<PlayedMatch>> scoresBefore(Instant asOf) {
        Map<String, List<PlayedMatch>> bySport = new LinkedHashMap<>();
        dsl.resultQuery(SCORES_BEFORE, asOf.atOffset(ZoneOffset.UTC)).forEach(r -> bySport
                .computeIfAbsent(r.get(0, String.class), key -> new ArrayList<>()).add(played(r)));
        return bySport;
    }

    /** The matches of one sport key played before {@code asOf}, as {@link #scoresBefore(Instant)} gives them. */
    public List<PlayedMatch> scoresBefore(Instant asOf, String sportKey) {
        return dsl.resultQuery(LEAGUE_SCORES_BEFORE, asOf.atOffset(ZoneOffset.UTC), sportKey).fetch(MarketReader::played);
    }

    private static PlayedMatch played(Record r) {
        return new PlayedMatch(r.get(1, OffsetDateTime.class).atZoneSameInstant(KickOffs.UK).toLocalDate(),
                r.get(2, String.class), r.get(3, String.class), r.get(4, Integer.class), r.get(5, Integer.class));
    }

}
