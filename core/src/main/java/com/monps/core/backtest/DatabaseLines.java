package com.monps.core.backtest;

import com.monps.core.db.QueryClass;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.LineQuote;
import com.monps.core.history.Lines;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The line prices of the played matches the database holds, as the line backtests read them: per match, bookmaker
 * (those with line columns in the history files: Bet365 and Pinnacle) and market, the opening snapshot is its first
 * collection and the closing one its last at or before kick-off; from a snapshot, totals are read at 2.5 and spreads at
 * its main line (the point whose two prices are closest; an imported snapshot has only the file's {@code AHh} or {@code AHCh}).
 */
@QueryClass
final class DatabaseLines {

    private static final String SNAPSHOT = """
            WITH snapshot AS (
                    SELECT o.match_id, o.bookmaker, o.market, min(o.collected_at) AS opening, max(o.collected_at) AS closing
                      FROM odds_lines o JOIN matches m ON m.id = o.match_id
                     WHERE m.completed AND NOT m.cancelled AND o.collected_at <= m.commence_time
                       AND o.bookmaker IN ('bet365', 'pinnacle')
                     GROUP BY o.match_id, o.bookmaker, o.market)
            SELECT DISTINCT ON (o.match_id, o.bookmaker, o.market)
                   o.match_id, o.bookmaker, o.market, o.point, o.over_home_odds, o.under_away_odds
              FROM odds_lines o
              JOIN snapshot s ON s.match_id = o.match_id AND s.bookmaker = o.bookmaker AND s.market = o.market
                             AND o.collected_at = s.%s
             WHERE o.market = 'spreads' OR o.point = 2.5
             ORDER BY o.match_id, o.bookmaker, o.market, abs(o.over_home_odds - o.under_away_odds), o.point""";

    private DatabaseLines() {
    }

    /** Opening ({@code closing} false) or closing line prices by match. */
    static Map<String, Lines> read(DSLContext dsl, boolean closing) {
        Map<String, Map<Bookmaker, LineQuote>> totals = new HashMap<>();
        Map<String, Map<Bookmaker, LineQuote>> spreads = new HashMap<>();
        for (Record r : dsl.resultQuery(SNAPSHOT.formatted(closing ? "closing" : "opening")).fetch()) {
            LineQuote quote = new LineQuote(r.get(3, BigDecimal.class), r.get(4, BigDecimal.class), r.get(5, BigDecimal.class));
            (r.get(2, String.class).equals("totals") ? totals : spreads)
                    .computeIfAbsent(r.get(0, String.class), id -> new EnumMap<>(Bookmaker.class))
                    .put(Bookmaker.fromKey(r.get(1, String.class)), quote);
        }
        Map<String, Lines> lines = new HashMap<>();
        for (String id : union(totals, spreads)) {
            lines.put(id, new Lines(totals.getOrDefault(id, Map.of()), spreads.getOrDefault(id, Map.of())));
        }
        return lines;
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> ids = new HashSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids;
    }
}
