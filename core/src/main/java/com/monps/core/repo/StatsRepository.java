package com.monps.core.repo;

import com.monps.core.domain.BetStats;
import org.jooq.DSLContext;

import static com.monps.core.jooq.Tables.BETS_STATS;

/** Reads the {@code bets_stats} view. */
public final class StatsRepository {

    private final DSLContext dsl;

    public StatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public BetStats betStats() {
        var r = dsl.selectFrom(BETS_STATS).fetchSingle();
        return new BetStats(r.getTotalBets(), r.getWins(), r.getLosses(), r.getPending(), r.getVoids(),
                r.getTotalStaked(), r.getPendingStake(), r.getTotalProfit(), r.getHitRate(), r.getRoi(), r.getAvgClv(),
                r.getClvBets(), r.getHalfWins(), r.getHalfLosses());
    }
}
