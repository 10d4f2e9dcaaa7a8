package com.monps.agent.metrics;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.BetStats;
import com.monps.core.domain.BetStatus;
import com.monps.core.repo.StatsRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import static com.monps.core.jooq.Tables.BETS;

/**
 * The trader's book as the monitoring reads it (README, "Metrics the monitoring reads"): pending and overdue bets,
 * profit, ROI, hit rate and average CLV from {@code bets_stats}, and the monthly credit budget. Read at each scrape;
 * ratios are {@code NaN} while no bet is decided.
 */
@QueryClass
final class BetGauges {

    static final Duration OVERDUE_AFTER = Duration.ofHours(24);

    private BetGauges() {
    }

    static void register(MeterRegistry meters, DSLContext dsl, int creditBudget) {
        StatsRepository stats = new StatsRepository(dsl);
        Gauge.builder("monps.credit.budget", () -> creditBudget).description("MONPS_CREDIT_BUDGET, credits per month").register(meters);
        stat(meters, stats, "monps.bets.pending", "Bets with status pending", s -> BigDecimal.valueOf(s.pending()));
        stat(meters, stats, "monps.profit", "Total profit of settled bets", BetStats::totalProfit);
        stat(meters, stats, "monps.roi.percent", "Profit over the stakes of decided bets, percent", BetStats::roi);
        stat(meters, stats, "monps.hit.rate.percent", "Won bets over decided bets, percent", BetStats::hitRate);
        stat(meters, stats, "monps.clv.average.percent", "Average CLV of the bets that have one, percent", BetStats::avgClv);
        Gauge.builder("monps.bets.overdue", dsl, BetGauges::overdue)
                .description("Pending bets whose kick-off is more than 24 h ago")
                .strongReference(true)
                .register(meters);
    }

    private static void stat(MeterRegistry meters, StatsRepository stats, String name, String description,
                             Function<BetStats, BigDecimal> value) {
        Gauge.builder(name, stats, s -> number(value.apply(s.betStats())))
                .description(description)
                .strongReference(true)
                .register(meters);
    }

    private static double overdue(DSLContext dsl) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(OVERDUE_AFTER);
        return dsl.fetchCount(BETS, BETS.STATUS.eq(BetStatus.PENDING.code()).and(BETS.COMMENCE_TIME.lt(cutoff)));
    }

    private static double number(BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
