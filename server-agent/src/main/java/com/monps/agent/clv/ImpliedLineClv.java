package com.monps.agent.clv;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.model.SidePrices;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The no-vig CLV of a totals or spreads bet whose line moved before the close, from the closing market translated to
 * the bet's line, written apart from the quoted one ({@code implied_fair_prob}, {@code clv_implied_pct},
 * {@code implied_source}; V80). Runs after {@link LineClvStatement}: a bet gets it when that statement found its line
 * moved ({@code closing_source = 'line_moved'}) and Pinnacle gave no quoted fair price at its point. Its closing odds
 * stay empty: the implied figure is a fair price, never a closing quote.
 * <p>
 * The closing market of the match ({@link ClosingMarket}): Pinnacle's last 1X2 at or before kick-off
 * ({@code odds_latest}) with its over/under 2.5 in its closing totals snapshot, de-vigged multiplicatively; without a
 * Pinnacle 1X2, the consensus (each bookmaker's closing implied probabilities averaged, then normalised, as the h2h
 * CLV does) with the consensus of the closing 2.5 totals. The goal expectancies are solved once per match.
 * <p>
 * Values are compared before writing, so a re-run writes nothing; a bet that no longer qualifies (its line or a quoted
 * price has come back) has its implied values cleared.
 */
@QueryClass
final class ImpliedLineClv {

    private static final String CANDIDATES = """
            WITH due AS (
                    SELECT b.id, b.match_id, b.market, b.outcome, b.point, b.odds,
                           b.implied_fair_prob, b.clv_implied_pct, b.implied_source,
                           b.closing_source = 'line_moved' AND b.closing_fair_prob IS NULL AS wanted
                      FROM bets b JOIN matches m ON m.id = b.match_id
                     WHERE b.market IN ('totals', 'spreads') AND m.commence_time <= CAST(? AS timestamptz)
                       AND ((b.closing_source = 'line_moved' AND b.closing_fair_prob IS NULL) OR b.implied_source IS NOT NULL)),
                 totals_close AS (
                    SELECT l.match_id, l.bookmaker, l.over_home_odds, l.under_away_odds
                      FROM odds_lines_latest l
                     WHERE l.market = 'totals' AND l.point = 2.5 AND l.match_id IN (SELECT match_id FROM due)
                       AND l.collected_at = (SELECT max(c.collected_at) FROM odds_lines_latest c
                                              WHERE c.match_id = l.match_id AND c.bookmaker = l.bookmaker
                                                AND c.market = 'totals')),
                 consensus AS (
                    SELECT l.match_id, avg(1 / l.home_odds) AS home_p, avg(1 / l.draw_odds) AS draw_p,
                           avg(1 / l.away_odds) AS away_p
                      FROM odds_latest l
                     WHERE l.match_id IN (SELECT match_id FROM due) AND l.draw_odds IS NOT NULL
                     GROUP BY l.match_id),
                 consensus_total AS (
                    SELECT match_id, avg(1 / over_home_odds) AS over_p, avg(1 / under_away_odds) AS under_p
                      FROM totals_close GROUP BY match_id)
            SELECT d.id, d.match_id, d.market, d.outcome, d.point, d.odds, d.implied_fair_prob, d.clv_implied_pct,
                   d.implied_source, d.wanted,
                   CASE WHEN pin.draw_odds IS NOT NULL THEN 'pinnacle' WHEN cons.match_id IS NOT NULL THEN 'consensus' END AS source,
                   CASE WHEN pin.draw_odds IS NOT NULL THEN 1 / pin.home_odds ELSE cons.home_p END AS home_p,
                   CASE WHEN pin.draw_odds IS NOT NULL THEN 1 / pin.draw_odds ELSE cons.draw_p END AS draw_p,
                   CASE WHEN pin.draw_odds IS NOT NULL THEN 1 / pin.away_odds ELSE cons.away_p END AS away_p,
                   CASE WHEN pin.draw_odds IS NOT NULL THEN 1 / pt.over_home_odds ELSE ct.over_p END AS over_p,
                   CASE WHEN pin.draw_odds IS NOT NULL THEN 1 / pt.under_away_odds ELSE ct.under_p END AS under_p
              FROM due d
              LEFT JOIN odds_latest pin ON pin.match_id = d.match_id AND pin.bookmaker = 'pinnacle'
              LEFT JOIN totals_close pt ON pt.match_id = d.match_id AND pt.bookmaker = 'pinnacle'
              LEFT JOIN consensus cons ON cons.match_id = d.match_id
              LEFT JOIN consensus_total ct ON ct.match_id = d.match_id
             ORDER BY d.id
            """;

    private static final String UPDATE =
            "UPDATE bets SET implied_fair_prob = ?, clv_implied_pct = ?, implied_source = ? WHERE id = ?";

    private ImpliedLineClv() {
    }

    /** Writes the implied CLV of every qualifying bet of a match kicked off by {@code now}; the ids of the bets changed. */
    static Set<Long> update(DSLContext dsl, OffsetDateTime now) {
        Map<String, Optional<ClosingMarket.Implied>> byMatch = new HashMap<>();
        Set<Long> changed = new HashSet<>();
        for (Record row : dsl.fetch(CANDIDATES, now)) {
            Value target = Boolean.TRUE.equals(row.get("wanted", Boolean.class))
                    ? byMatch.computeIfAbsent(row.get("match_id", String.class), id -> market(row).flatMap(m -> m.implied(id)))
                            .map(implied -> value(row, implied)).orElse(Value.NONE)
                    : Value.NONE;
            Value current = new Value(row.get("implied_fair_prob", BigDecimal.class), row.get("clv_implied_pct", BigDecimal.class),
                    row.get("implied_source", String.class));
            if (!target.sameAs(current)) {
                long id = row.get("id", Long.class);
                dsl.execute(UPDATE, target.fairProb, target.clvPct, target.source, id);
                changed.add(id);
            }
        }
        return changed;
    }

    private static Optional<ClosingMarket> market(Record row) {
        String source = row.get("source", String.class);
        if (source == null) {
            return Optional.empty();
        }
        double home = row.get("home_p", Double.class);
        double draw = row.get("draw_p", Double.class);
        double away = row.get("away_p", Double.class);
        double book = home + draw + away;
        Double overP = row.get("over_p", Double.class);
        Double underP = row.get("under_p", Double.class);
        Double over25 = overP == null || underP == null ? null : overP / (overP + underP);
        return Optional.of(new ClosingMarket(source, home / book, draw / book, away / book, over25));
    }

    private static Value value(Record row, ClosingMarket.Implied implied) {
        Market market = Market.fromCode(row.get("market", String.class));
        Outcome side = Outcome.fromCode(row.get("outcome", String.class));
        // the side at its point: a quarter or whole line's half results and push, see LineProbabilities.fairProbability
        double p = SidePrices.of(implied.goals().grid(), market, side, row.get("point", BigDecimal.class)).fairProbability();
        BigDecimal fair = BigDecimal.valueOf(p).setScale(6, RoundingMode.HALF_UP);
        if (fair.signum() <= 0 || fair.compareTo(BigDecimal.ONE) >= 0) {
            return Value.NONE;
        }
        // as the quoted no-vig CLV: (odds × fair p − 1) × 100 with the probability as stored, to 3 decimals
        BigDecimal clv = row.get("odds", BigDecimal.class).multiply(fair).subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100)).setScale(3, RoundingMode.HALF_UP);
        return new Value(fair, clv, implied.source());
    }

    /** The three implied columns of a bet; all null when it has none. */
    private record Value(BigDecimal fairProb, BigDecimal clvPct, String source) {

        static final Value NONE = new Value(null, null, null);

        boolean sameAs(Value other) {
            return same(fairProb, other.fairProb) && same(clvPct, other.clvPct) && Objects.equals(source, other.source);
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }
}
