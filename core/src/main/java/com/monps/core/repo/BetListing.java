package com.monps.core.repo;

import com.monps.core.domain.Bet;
import org.jooq.DSLContext;

import java.util.List;

import static com.monps.core.jooq.Tables.BETS;

/**
 * The whole bet book for a screen that filters and sorts in memory (the desktop's bets table). Reading 100 000 bets takes
 * a few hundred milliseconds; the screen then filters them without asking the database again.
 */
public final class BetListing {

    private final DSLContext dsl;

    public BetListing(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every bet, newest placement first. */
    public List<Bet> newestFirst() {
        return dsl.selectFrom(BETS)
                .orderBy(BETS.PLACED_AT.desc(), BETS.ID.desc())
                .fetch(BetRepository::toBet);
    }
}
