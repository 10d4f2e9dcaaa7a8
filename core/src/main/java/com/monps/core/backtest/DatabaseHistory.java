package com.monps.core.backtest;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.League;
import com.monps.core.history.Lines;
import com.monps.core.history.Prices;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The played matches the database holds, as the backtest replays them: for each of the six bookmakers of
 * {@link Bookmaker}, the opening prices are its first stored 1X2 prices and the closing ones its last at or before
 * kick-off. The decision time of a match is when its last opening price was stored. The line prices (totals, spreads)
 * are read the same way ({@link DatabaseLines}).
 */
@QueryClass
public final class DatabaseHistory {

    private static final String MATCHES = """
            SELECT id, sport_key, league, commence_time, home_team, away_team, home_score, away_score
            FROM matches WHERE completed AND NOT cancelled""";
    private static final String PRICES = """
            SELECT DISTINCT ON (o.match_id, o.bookmaker) o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds, o.collected_at
            FROM odds_h2h o JOIN matches m ON m.id = o.match_id
            WHERE m.completed AND NOT m.cancelled AND o.collected_at <= m.commence_time AND o.draw_odds IS NOT NULL
            ORDER BY o.match_id, o.bookmaker, o.collected_at %s""";
    private static final String VERSION = """
            SELECT count(*), max(updated_at) FROM matches WHERE completed AND NOT cancelled""";

    private final DSLContext dsl;

    public DatabaseHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What moves when a result arrives or a played match is corrected: how many played matches there are and when the
     * last of them was updated. A caller that keeps a calculation over {@link #playedMatches()} compares it to know
     * when to redo it (prices added later to a match already played do not move it).
     */
    public record Version(long playedMatches, Instant lastUpdate) {
    }

    public Version version() {
        Record r = dsl.resultQuery(VERSION).fetchOne();
        OffsetDateTime last = r.get(1, OffsetDateTime.class);
        return new Version(r.get(0, Long.class), last == null ? null : last.toInstant());
    }

    public List<HistoricalMatch> playedMatches() {
        Map<String, Map<Bookmaker, Timed>> opening = prices("ASC");
        Map<String, Map<Bookmaker, Timed>> closing = prices("DESC");
        Map<String, Lines> openingLines = DatabaseLines.read(dsl, false);
        Map<String, Lines> closingLines = DatabaseLines.read(dsl, true);
        List<HistoricalMatch> matches = new ArrayList<>();
        for (Record r : dsl.resultQuery(MATCHES).fetch()) {
            String id = r.get(0, String.class);
            Instant kickOff = r.get(3, OffsetDateTime.class).toInstant();
            Map<Bookmaker, Timed> open = opening.getOrDefault(id, Map.of());
            Instant decidedAt = open.values().stream().map(Timed::at).max(Instant::compareTo).orElse(kickOff);
            int home = r.get(6, Integer.class);
            int away = r.get(7, Integer.class);
            Outcome result = home > away ? Outcome.HOME : home == away ? Outcome.DRAW : Outcome.AWAY;
            String sportKey = r.get(1, String.class);
            String league = r.get(2, String.class) == null ? sportKey : r.get(2, String.class);
            matches.add(new HistoricalMatch(id, new League(league, sportKey, league), kickOff, decidedAt,
                    r.get(4, String.class), r.get(5, String.class), home, away, result,
                    pricesOnly(open), pricesOnly(closing.getOrDefault(id, Map.of())),
                    openingLines.getOrDefault(id, Lines.NONE), closingLines.getOrDefault(id, Lines.NONE)));
        }
        return matches;
    }

    private Map<String, Map<Bookmaker, Timed>> prices(String order) {
        Map<String, Map<Bookmaker, Timed>> byMatch = new HashMap<>();
        for (Record r : dsl.resultQuery(PRICES.formatted(order)).fetch()) {
            Bookmaker bookmaker = Bookmaker.fromKey(r.get(1, String.class));
            if (bookmaker != null) {
                Prices prices = new Prices(r.get(2, BigDecimal.class), r.get(3, BigDecimal.class), r.get(4, BigDecimal.class));
                byMatch.computeIfAbsent(r.get(0, String.class), id -> new EnumMap<>(Bookmaker.class))
                        .put(bookmaker, new Timed(prices, r.get(5, OffsetDateTime.class).toInstant()));
            }
        }
        return byMatch;
    }

    private static Map<Bookmaker, Prices> pricesOnly(Map<Bookmaker, Timed> timed) {
        Map<Bookmaker, Prices> prices = new EnumMap<>(Bookmaker.class);
        timed.forEach((bookmaker, t) -> prices.put(bookmaker, t.prices()));
        return prices;
    }

    private record Timed(Prices prices, Instant at) {
    }
}
