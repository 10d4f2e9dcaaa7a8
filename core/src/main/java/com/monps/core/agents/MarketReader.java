package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.MatchRepository;
import org.jooq.DSLContext;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the agents work on: upcoming 1X2 markets as of a time, and the played matches before it. */
public final class MarketReader {

    /**
     * Each bookmaker's last 1X2 price at or before :asOf and before kick-off, for matches kicking off in (:asOf, :until].
     * {@code odds_latest} holds the last price before kick-off; when that was collected after :asOf (a scan of imported
     * history as of an earlier moment) the price as of :asOf is looked up in {@code odds_h2h} instead.
     */
    private static final String LATEST_PRICES = """
            WITH upcoming AS (
                SELECT l.* FROM odds_latest l JOIN matches m ON m.id = l.match_id
                WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled)
            SELECT u.match_id, u.bookmaker, u.home_odds, u.draw_odds, u.away_odds, u.collected_at, u.bookmaker_last_update
            FROM upcoming u
            WHERE u.collected_at <= ?::timestamptz AND u.draw_odds IS NOT NULL
            UNION ALL
            SELECT o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds, o.collected_at, o.bookmaker_last_update
            FROM upcoming u CROSS JOIN LATERAL (
                SELECT * FROM odds_h2h o
                WHERE o.match_id = u.match_id AND o.bookmaker = u.bookmaker AND o.collected_at <= ?::timestamptz
                ORDER BY o.collected_at DESC LIMIT 1) o
            WHERE u.collected_at > ?::timestamptz AND o.draw_odds IS NOT NULL""";

    /** Per played match before :asOf, the mean over bookmakers of their closing prices (last before kick-off). */
    private static final String PLAYED_BEFORE = """
            SELECT coalesce(m.league, m.sport_key) AS league, m.home_score, m.away_score,
                   avg(l.home_odds)::float8 AS home, avg(l.draw_odds)::float8 AS draw, avg(l.away_odds)::float8 AS away
            FROM odds_latest l JOIN matches m ON m.id = l.match_id
            WHERE m.completed AND NOT m.cancelled AND m.commence_time < ?::timestamptz AND l.draw_odds IS NOT NULL
            GROUP BY m.id""";

    private final DSLContext dsl;

    public MarketReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Market> upcoming(Instant asOf, Duration horizon) {
        Map<String, Map<String, OddsSnapshot>> byMatch = latestPrices(asOf, asOf.plus(horizon));
        Map<String, Match> matches = new MatchRepository(dsl).findAll(byMatch.keySet());
        List<Market> markets = new ArrayList<>(byMatch.size());
        byMatch.forEach((id, latest) -> {
            Match match = matches.get(id);
            if (match != null) {
                markets.add(new Market(match, latest));
            }
        });
        markets.sort(java.util.Comparator.comparing((Market m) -> m.match().commenceTime()).thenComparing(m -> m.match().id()));
        return markets;
    }

    /**
     * Read through plain JDBC: a scan reads 10^5 prices and jOOQ's generic record mapping cost twice the query itself
     * (bench/RESULTS.md, "scan").
     */
    private Map<String, Map<String, OddsSnapshot>> latestPrices(Instant asOf, Instant until) {
        return dsl.connectionResult(connection -> {
            Map<String, Map<String, OddsSnapshot>> byMatch = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(LATEST_PRICES)) {
                statement.setObject(1, asOf.atOffset(ZoneOffset.UTC));
                statement.setObject(2, until.atOffset(ZoneOffset.UTC));
                statement.setObject(3, asOf.atOffset(ZoneOffset.UTC));
                statement.setObject(4, asOf.atOffset(ZoneOffset.UTC));
                statement.setObject(5, asOf.atOffset(ZoneOffset.UTC));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        OddsSnapshot snapshot = new OddsSnapshot(rows.getString(1), rows.getString(2), rows.getBigDecimal(3),
                                rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getObject(6, OffsetDateTime.class).toInstant(),
                                instant(rows.getObject(7, OffsetDateTime.class)));
                        byMatch.computeIfAbsent(snapshot.matchId(), id -> new HashMap<>()).put(snapshot.bookmaker(), snapshot);
                    }
                }
            }
            return byMatch;
        });
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

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

}
