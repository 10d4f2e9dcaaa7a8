package com.monps.bench.fault;

import com.monps.core.db.Database;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finished matches with their scores and pre-kick-off prices, and batches of pending bets on them; then the check that
 * every bet carries exactly the settlement its match implies. Expected profits are computed here, independently of
 * the agent: won pays round(stake × odds, 2) − stake, lost −stake.
 */
final class SettledBook {

    static final int MATCHES = 200;

    private final Database db;
    private int betsAdded;

    SettledBook(Database db) {
        this.db = db;
    }

    void seed() {
        db.dsl().execute("""
                INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team, completed, home_score, away_score)
                SELECT 'k' || g, 'soccer_epl', 'EPL', now() - interval '2 days' - g * interval '10 minutes',
                       'Home ' || g, 'Away ' || g, true, g % 3, (g / 3) % 3
                FROM generate_series(1, ?) g""", MATCHES);
        db.dsl().execute("""
                INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at)
                SELECT m.id, b, 1.5 + (p + length(b)) % 7 * 0.25, 3.3, 2.2 + p * 0.1, m.commence_time - p * interval '1 hour'
                FROM matches m CROSS JOIN unnest(ARRAY['pinnacle', 'bet365', 'williamhill', 'unibet_eu']) b
                CROSS JOIN generate_series(0, 5) p""");
    }

    /** A batch of pending bets, outcomes and bookmakers varied, some at a bookmaker never collected. */
    void addBets(int count) {
        db.dsl().execute("""
                INSERT INTO bets (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake, bookmaker, notes)
                SELECT m.id, m.home_team, m.away_team, 'soccer_epl', 'EPL', m.commence_time,
                       (ARRAY['home', 'draw', 'away'])[1 + (g + ?) % 3], 1.5 + ((g + ?) % 40) * 0.137, 1 + (g % 50) * 0.75,
                       (ARRAY['pinnacle', 'bet365', 'never_collected'])[1 + g % 3], 'fault-kill'
                FROM generate_series(1, ?) g JOIN matches m ON m.id = 'k' || (1 + (g + ?) % ?)""",
                betsAdded, betsAdded, count, betsAdded, MATCHES);
        betsAdded += count;
    }

    int betsAdded() {
        return betsAdded;
    }

    /** Every problem found: a bet missing, duplicated, unsettled, settled wrongly, or totals that disagree with the bets. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        int stored = db.dsl().fetchCount(db.dsl().selectFrom("bets"));
        if (stored != betsAdded) {
            problems.add(stored + " bets stored, " + betsAdded + " placed");
        }
        problems.addAll(settlementProblems());
        long wrongClose = ((Number) db.dsl().fetchValue("""
                SELECT count(*) FROM bets b JOIN matches m ON m.id = b.match_id
                CROSS JOIN LATERAL (SELECT o.home_odds, o.draw_odds, o.away_odds FROM odds_h2h o
                                     WHERE o.match_id = b.match_id AND o.collected_at <= m.commence_time
                                       AND o.bookmaker = CASE WHEN b.bookmaker = 'never_collected' THEN 'pinnacle' ELSE b.bookmaker END
                                     ORDER BY o.collected_at DESC LIMIT 1) c
                WHERE b.closing_odds IS DISTINCT FROM
                      CASE b.outcome WHEN 'home' THEN c.home_odds WHEN 'draw' THEN c.draw_odds ELSE c.away_odds END""")).longValue();
        if (wrongClose > 0) {
            problems.add(wrongClose + " bets without their closing odds (last own-bookmaker or Pinnacle price before kick-off)");
        }
        var totals = db.dsl().fetchSingle("SELECT total_bets, total_profit FROM bets_stats");
        var scan = db.dsl().fetchSingle("SELECT count(*), coalesce(sum(profit), 0) FROM bets");
        if (totals.get(0, Long.class).longValue() != scan.get(0, Long.class)
                || totals.get(1, BigDecimal.class).compareTo(scan.get(1, BigDecimal.class)) != 0) {
            problems.add("bets_stats says " + totals + " but the bets add up to " + scan);
        }
        return problems;
    }

    private List<String> settlementProblems() {
        List<String> problems = new ArrayList<>();
        for (var r : db.dsl().fetch("""
                SELECT b.id, b.outcome, b.odds, b.stake, b.status, b.profit, b.settled_by, m.home_score, m.away_score
                FROM bets b JOIN matches m ON m.id = b.match_id ORDER BY b.id""")) {
            int home = r.get(7, Integer.class);
            int away = r.get(8, Integer.class);
            String result = home > away ? "home" : home == away ? "draw" : "away";
            BigDecimal stake = r.get(3, BigDecimal.class);
            boolean won = result.equals(r.get(1, String.class));
            BigDecimal profit = won ? stake.multiply(r.get(2, BigDecimal.class)).setScale(2, RoundingMode.HALF_UP).subtract(stake)
                    : stake.negate();
            BigDecimal stored = r.get(5, BigDecimal.class);
            if (!(won ? "won" : "lost").equals(r.get(4, String.class)) || stored == null || stored.compareTo(profit) != 0
                    || !"auto".equals(r.get(6, String.class))) {
                problems.add("bet " + r.get(0) + ": " + r.get(4) + " profit " + stored + ", expected "
                        + (won ? "won" : "lost") + " profit " + profit);
            }
        }
        return problems;
    }
}
