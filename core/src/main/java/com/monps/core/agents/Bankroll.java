package com.monps.core.agents;

import com.monps.core.domain.BetStats;
import com.monps.core.repo.StatsRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.function.Supplier;

/** Where agent B's bankroll comes from: a configured amount, or the starting amount plus the bets' results so far. */
public final class Bankroll {

    private Bankroll() {
    }

    public static Supplier<BigDecimal> configured(BigDecimal amount) {
        return () -> amount;
    }

    /** starting + profit of settled bets − stakes still pending (never below 0), read from {@code bets_stats} at each scan. */
    public static Supplier<BigDecimal> fromBets(DSLContext dsl, BigDecimal starting) {
        StatsRepository stats = new StatsRepository(dsl);
        return () -> {
            BetStats s = stats.betStats();
            return starting.add(s.totalProfit()).subtract(s.pendingStake()).max(BigDecimal.ZERO);
        };
    }
}
