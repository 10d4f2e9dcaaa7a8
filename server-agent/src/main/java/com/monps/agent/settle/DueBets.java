package com.monps.agent.settle;

import com.monps.core.db.QueryClass;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.MATCHES;

/** Pending bets whose match kicked off before a cut-off, with what the database knows of their match. */
@QueryClass
final class DueBets {

    private DueBets() {
    }

    static List<DueBet> before(DSLContext dsl, Instant cutoff) {
        Field<OffsetDateTime> kickOff = DSL.coalesce(MATCHES.COMMENCE_TIME, BETS.COMMENCE_TIME);
        return dsl.select(BETS.ID, BETS.MATCH_ID, DSL.coalesce(MATCHES.SPORT_KEY, BETS.SPORT), kickOff, BETS.OUTCOME,
                        BETS.ODDS, BETS.STAKE, MATCHES.ID.isNotNull(), DSL.coalesce(MATCHES.COMPLETED, false),
                        DSL.coalesce(MATCHES.CANCELLED, false), MATCHES.HOME_SCORE, MATCHES.AWAY_SCORE, BETS.MARKET, BETS.POINT)
                .from(BETS).leftJoin(MATCHES).on(MATCHES.ID.eq(BETS.MATCH_ID))
                .where(BETS.STATUS.eq(BetStatus.PENDING.code()).and(kickOff.le(cutoff.atOffset(ZoneOffset.UTC))))
                .orderBy(BETS.ID)
                .fetch(r -> new DueBet(r.value1(), r.value2(), r.value3(), r.value4().toInstant(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        Market.fromCode(r.value13()), r.value14()));
    }

    record DueBet(long id, String matchId, String sport, Instant kickOff, String outcome, BigDecimal odds, BigDecimal stake,
                  boolean matchKnown, boolean completed, boolean cancelled, Integer homeScore, Integer awayScore,
                  Market market, BigDecimal point) {

        /** True when only the API can tell how this bet ends. */
        boolean needsScore() {
            return !completed && !cancelled;
        }
    }
}
