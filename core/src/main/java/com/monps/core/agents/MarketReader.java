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

    /** Each bookmaker's last 1X2 price at or before :asOf and before kick-off, for matches kicking off in (:asOf, :until]; a match played since (imported history) still counts as upcoming as of an earlier moment. */
    private static final String LATEST_PRICES = """
            SELECT DISTINCT ON (o.match_id, o.bookmaker) o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds,
                   o.collected_at, o.bookmaker_last_update
            FROM odds_h2h o JOIN matches m ON m.id = o.match_id
            WHERE m.commence_time > ?::timestamptz AND m.commence_time <= ?::timestamptz AND NOT m.cancelled
              AND o.collected_at <= ?::timestamptz AND o.collected_at < m.commence_time AND o.draw_odds IS NOT NULL
            ORDER BY o.match_id, o.bookmaker, o.collected_at DESC""";

    /** Per played match before :asOf, the mean over bookmakers of their last prices before kick-off. */
    private static final String PLAYED_BEFORE = """
            WITH last AS (
                SELECT DISTINCT ON (o.match_id, o.bookmaker) o.match_id, o.home_odds, o.draw_odds, o.away_odds
                FROM odds_h2h o JOIN matches m ON m.id = o.match_id
                WHERE m.completed AND NOT m.cancelled AND m.commence_time < ?::timestamptz
                  AND o.collected_at <= m.commence_time AND o.draw_odds IS NOT NULL
                ORDER BY o.match_id, o.bookmaker, o.collected_at DESC)
            SELECT coalesce(m.league, m.sport_key) AS league, m.home_score, m.away_score,
                   avg(l.home_odds)::float8 AS home, avg(l.draw_odds)::float8 AS draw, avg(l.away_odds)::float8 AS away
            FROM last l JOIN matches m ON m.id = l.match_id
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
