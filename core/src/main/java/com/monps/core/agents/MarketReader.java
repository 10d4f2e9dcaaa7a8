package com.monps.core.agents;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.history.KickOffs;
import com.monps.core.model.PlayedMatch;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the agents work on: upcoming 1X2 markets as of a time, and the played matches before it. */
@QueryClass
public final class MarketReader {

    /**
     * Each bookmaker's last price (1X2 or two-way) at or before :asOf and before kick-off, for matches kicking off in (:asOf, :until].
     * {@code odds_latest} holds the last price before kick-off; when that was collected after :asOf (a scan of imported
     * history as of an earlier moment) the price as of :asOf is looked up in {@code odds_h2h} instead.
     */
    private static final String LATEST_PRICES = """
            SELECT l.match_id, l.bookmaker, l.home_odds, l.draw_odds, l.away_odds, l.collected_at, l.bookmaker_last_update
            FROM odds_latest l JOIN matches m ON m.id = l.match_id
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled
              AND l.collected_at <= ?::timestamptz
            UNION ALL
            SELECT o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds, o.collected_at, o.bookmaker_last_update
            FROM odds_latest l JOIN matches m ON m.id = l.match_id CROSS JOIN LATERAL (
                SELECT * FROM odds_h2h o
                WHERE o.match_id = l.match_id AND o.bookmaker = l.bookmaker AND o.collected_at <= ?::timestamptz
                ORDER BY o.collected_at DESC LIMIT 1) o
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled
              AND l.collected_at > ?::timestamptz""";

    /** The matches of the same window, earliest kick-off first, as they stood before kick-off. */
    private static final String UPCOMING_MATCHES = """
            SELECT m.id, m.sport_key, m.league, m.commence_time, m.home_team, m.away_team
            FROM matches m
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled
            ORDER BY m.commence_time, m.id""";

    /** Per played match before :asOf, the mean over bookmakers of their closing prices (last before kick-off). */
    private static final String PLAYED_BEFORE = """
            SELECT coalesce(m.league, m.sport_key) AS league, m.home_score, m.away_score,
                   avg(l.home_odds)::float8 AS home, avg(l.draw_odds)::float8 AS draw, avg(l.away_odds)::float8 AS away
            FROM odds_latest l JOIN matches m ON m.id = l.match_id
            WHERE m.completed AND NOT m.cancelled AND m.commence_time < ?::timestamptz AND l.draw_odds IS NOT NULL
            GROUP BY m.id""";

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
        OffsetDateTime from = asOf.atOffset(ZoneOffset.UTC);
        OffsetDateTime to = asOf.plus(horizon).atOffset(ZoneOffset.UTC);
        return dsl.connectionResult(connection -> {
            Map<String, Map<String, OddsSnapshot>> byMatch = latestPrices(connection, from, to);
            List<Market> markets = new ArrayList<>(byMatch.size());
            for (Match match : upcomingMatches(connection, from, to)) {
                Map<String, OddsSnapshot> latest = byMatch.get(match.id());
                if (latest != null) {
                    markets.add(new Market(match, latest));
                }
            }
            return markets;
        });
    }

    /**
     * Read through plain JDBC: a scan reads 10^5 prices, and jOOQ's generic record mapping cost twice the query itself
     * (bench/RESULTS.md, "scan").
     */
    private static Map<String, Map<String, OddsSnapshot>> latestPrices(Connection connection, OffsetDateTime from,
                                                                       OffsetDateTime to) throws SQLException {
        Map<String, Map<String, OddsSnapshot>> byMatch = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, LATEST_PRICES, from, to, from, from, from, to, from);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                OddsSnapshot snapshot = new OddsSnapshot(rows.getString(1), rows.getString(2), rows.getBigDecimal(3),
                        rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getObject(6, OffsetDateTime.class).toInstant(),
                        instant(rows.getObject(7, OffsetDateTime.class)));
                byMatch.computeIfAbsent(snapshot.matchId(), id -> new HashMap<>()).put(snapshot.bookmaker(), snapshot);
            }
        }
        return byMatch;
    }

    private static List<Match> upcomingMatches(Connection connection, OffsetDateTime from, OffsetDateTime to) throws SQLException {
        List<Match> matches = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, UPCOMING_MATCHES, from, to);
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

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

}
