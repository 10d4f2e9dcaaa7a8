package com.monps.core.repo;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Aggregates of the bet book for the analytics screens, over a period of placement times ({@code from} inclusive,
 * {@code to} exclusive; null bounds are open). Hit rate is won over won and lost bets; ROI is profit over the stakes of
 * decided bets (won, lost, half won, half lost), in percent, as in {@code bets_stats} (docs/markets.md).
 */
public final class AnalyticsRepository {

    /** How bets are grouped in {@link #breakdown}. */
    public enum Dimension {
        SPORT("sport"),
        MARKET("market"),
        LEAGUE("coalesce(league, sport)"),
        BOOKMAKER("bookmaker"),
        ODDS_BUCKET("""
                CASE WHEN odds < 1.5 THEN '1.01–1.49' WHEN odds < 2 THEN '1.50–1.99' WHEN odds < 3 THEN '2.00–2.99'
                     WHEN odds < 5 THEN '3.00–4.99' ELSE '5.00+' END""");

        private final String expression;

        Dimension(String expression) {
            this.expression = expression;
        }
    }

    /** One group of bets: counts, money, hit rate and ROI in percent (null until a bet is decided), average CLV %. */
    public record Group(String key, long bets, long wins, long decided, BigDecimal staked, BigDecimal profit,
                        BigDecimal hitRate, BigDecimal roi, BigDecimal avgClv) {
    }

    /** One day of settled bets: that day's profit, the running total, and the average CLV of the bets placed that day. */
    public record Day(LocalDate day, BigDecimal profit, BigDecimal cumulativeProfit, BigDecimal avgClv, long bets) {
    }

    /** Bets whose implied probability (1 / odds) falls in [low, low + 0.1): how often they actually won. */
    public record ProbabilityBucket(BigDecimal low, long decided, long wins, BigDecimal impliedProbability, BigDecimal hitRate) {
    }

    private static final String PERIOD = "(?::timestamptz IS NULL OR placed_at >= ?::timestamptz) AND (?::timestamptz IS NULL OR placed_at < ?::timestamptz)";

    private final DSLContext dsl;

    public AnalyticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Groups by {@code dimension}, the largest stakes first. */
    public List<Group> breakdown(Dimension dimension, Instant from, Instant to) {
        String sql = """
                SELECT %1$s AS key, count(*) AS bets,
                       count(*) FILTER (WHERE status = 'won') AS wins,
                       count(*) FILTER (WHERE status IN ('won', 'lost')) AS decided,
                       coalesce(sum(stake), 0) AS staked, coalesce(sum(profit), 0) AS profit,
                       round(100.0 * count(*) FILTER (WHERE status = 'won')
                             / nullif(count(*) FILTER (WHERE status IN ('won', 'lost')), 0), 2) AS hit_rate,
                       round(100.0 * sum(profit) FILTER (WHERE status IN ('won', 'lost', 'half_won', 'half_lost'))
                             / nullif(sum(stake) FILTER (WHERE status IN ('won', 'lost', 'half_won', 'half_lost')), 0), 2) AS roi,
                       round(avg(clv_percent), 3) AS avg_clv
                FROM bets WHERE %2$s GROUP BY 1 ORDER BY staked DESC, key
                """.formatted(dimension.expression, PERIOD);
        return dsl.resultQuery(sql, period(from, to)).fetch(r -> new Group(r.get("key", String.class),
                r.get("bets", Long.class), r.get("wins", Long.class), r.get("decided", Long.class),
                decimal(r, "staked"), decimal(r, "profit"), decimal(r, "hit_rate"), decimal(r, "roi"), decimal(r, "avg_clv")));
    }

    /** Day by day (UTC) from the first bet of the period: profit of the bets settled that day, running total, CLV of the day's bets. */
    public List<Day> daily(Instant from, Instant to) {
        String sql = """
                WITH b AS (SELECT * FROM bets WHERE %s),
                     settled AS (SELECT (settled_at AT TIME ZONE 'UTC')::date AS day, sum(profit) AS profit
                                 FROM b WHERE settled_at IS NOT NULL GROUP BY 1),
                     placed AS (SELECT (placed_at AT TIME ZONE 'UTC')::date AS day, avg(clv_percent) AS avg_clv, count(*) AS bets
                                FROM b GROUP BY 1)
                SELECT coalesce(s.day, p.day) AS day, coalesce(s.profit, 0) AS profit,
                       sum(coalesce(s.profit, 0)) OVER (ORDER BY coalesce(s.day, p.day)) AS cumulative,
                       round(p.avg_clv, 3) AS avg_clv, coalesce(p.bets, 0) AS bets
                FROM settled s FULL JOIN placed p ON p.day = s.day
                ORDER BY 1
                """.formatted(PERIOD);
        return dsl.resultQuery(sql, period(from, to)).fetch(r -> new Day(r.get("day", LocalDate.class),
                decimal(r, "profit"), decimal(r, "cumulative"), decimal(r, "avg_clv"), r.get("bets", Long.class)));
    }

    /** Decided bets in buckets of implied probability, to compare the hit rate with what the odds promised. */
    public List<ProbabilityBucket> hitRateByImpliedProbability(Instant from, Instant to) {
        String sql = """
                SELECT floor(10 / odds) / 10 AS low, count(*) AS decided,
                       count(*) FILTER (WHERE status = 'won') AS wins,
                       round(avg(1 / odds), 4) AS implied,
                       round(count(*) FILTER (WHERE status = 'won')::numeric / count(*), 4) AS hit_rate
                FROM bets WHERE status IN ('won', 'lost') AND %s
                GROUP BY 1 ORDER BY 1
                """.formatted(PERIOD);
        return dsl.resultQuery(sql, period(from, to)).fetch(r -> new ProbabilityBucket(decimal(r, "low"),
                r.get("decided", Long.class), r.get("wins", Long.class), decimal(r, "implied"), decimal(r, "hit_rate")));
    }

    private static Object[] period(Instant from, Instant to) {
        var start = Times.utc(from);
        var end = Times.utc(to);
        return new Object[] {start, start, end, end};
    }

    private static BigDecimal decimal(Record r, String field) {
        return r.get(field, BigDecimal.class);
    }
}
