package com.monps.core.repo;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.jooq.tables.records.BetsRecord;
import com.monps.core.odds.SettlementResult;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.monps.core.jooq.Tables.BETS;

/** Reads and writes {@code bets}. Settlement writes are guarded by the current status so that a re-run never settles twice. */
public final class BetRepository {

    private final DSLContext dsl;

    public BetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a bet; an h2h bet is written without market and point (their defaults), exactly as before V76. */
    public long insert(NewBet bet) {
        var insert = dsl.insertInto(BETS)
                .set(BETS.MATCH_ID, bet.matchId())
                .set(BETS.HOME_TEAM, bet.homeTeam())
                .set(BETS.AWAY_TEAM, bet.awayTeam())
                .set(BETS.SPORT, bet.sport())
                .set(BETS.LEAGUE, bet.league())
                .set(BETS.COMMENCE_TIME, Times.utc(bet.commenceTime()))
                .set(BETS.OUTCOME, bet.outcome().code())
                .set(BETS.ODDS, bet.odds())
                .set(BETS.STAKE, bet.stake())
                .set(BETS.BOOKMAKER, bet.bookmaker())
                .set(BETS.EDGE_PCT, bet.edgePct())
                .set(BETS.PATRON_SCORE, bet.patronScore())
                .set(BETS.PATRON_CONFIDENCE, bet.patronConfidence())
                .set(BETS.AGENT_RECOMMENDED, bet.agentRecommended())
                .set(BETS.OPPORTUNITY_ID, bet.opportunityId())
                .set(BETS.NOTES, bet.notes())
                .set(BETS.PLACED_AT, bet.placedAt() == null ? DSL.currentOffsetDateTime() : DSL.val(Times.utc(bet.placedAt())));
        if (bet.market().hasLine()) {
            insert = insert.set(BETS.MARKET, bet.market().code()).set(BETS.POINT, bet.point());
        }
        return insert.returning(BETS.ID)
                .fetchOne(BETS.ID);
    }

    public Optional<Bet> find(long id) {
        return dsl.selectFrom(BETS).where(BETS.ID.eq(id)).fetchOptional(BetRepository::toBet);
    }

    /** Newest first, filtered by the query's status and sport when they are set. */
    public List<Bet> history(BetQuery query) {
        Condition condition = DSL.noCondition();
        if (query.status() != null) {
            condition = condition.and(BETS.STATUS.eq(query.status().code()));
        }
        if (query.sport() != null) {
            condition = condition.and(BETS.SPORT.eq(query.sport()));
        }
        return dsl.selectFrom(BETS).where(condition)
                .orderBy(BETS.PLACED_AT.desc(), BETS.ID.desc())
                .limit(query.limit())
                .fetch(BetRepository::toBet);
    }

    /** Edits what a trader may correct on a pending bet (odds, stake, bookmaker, notes). Returns false if the bet is settled or gone. */
    public boolean updatePending(long id, BigDecimal odds, BigDecimal stake, String bookmaker, String notes) {
        return dsl.update(BETS)
                .set(BETS.ODDS, odds)
                .set(BETS.STAKE, stake)
                .set(BETS.BOOKMAKER, bookmaker)
                .set(BETS.NOTES, notes)
                .where(BETS.ID.eq(id).and(BETS.STATUS.eq(BetStatus.PENDING.code())))
                .execute() == 1;
    }

    /**
     * Settles a bet. An automatic settlement only applies to a pending bet; a manual one may correct an automatic one
     * but never overwrites a manual settlement. Returns false when nothing was changed.
     */
    public boolean settle(long id, Settlement settlement) {
        Condition settleable = settlement.settledBy() == SettledBy.AUTO
                ? BETS.STATUS.eq(BetStatus.PENDING.code())
                : BETS.SETTLED_BY.isNull().or(BETS.SETTLED_BY.ne(SettledBy.MANUAL.code()));
        return dsl.update(BETS)
                .set(BETS.STATUS, settlement.status().code())
                .set(BETS.RESULT, settlement.result() == null ? null : settlement.result().code())
                .set(BETS.FINAL_SCORE, settlement.finalScore())
                .set(BETS.PAYOUT, settlement.payout())
                .set(BETS.PROFIT, settlement.profit())
                .set(BETS.SETTLED_BY, settlement.settledBy().code())
                .set(BETS.SETTLED_AT, Times.utc(settlement.settledAt()))
                .where(BETS.ID.eq(id).and(settleable))
                .execute() == 1;
    }

    /** Writes a computed settlement ({@link com.monps.core.odds.Settlement}) signed by {@code by}; see {@link #settle(long, Settlement)}. */
    public boolean settle(long id, SettlementResult result, SettledBy by, Instant at) {
        return settle(id, new Settlement(result.status(), result.actualResult(), result.finalScore(), result.payout(),
                result.profit(), by, at));
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(BETS).where(BETS.ID.eq(id)).execute() == 1;
    }

    static Bet toBet(BetsRecord r) {
        return new Bet(r.getId(), r.getMatchId(), r.getHomeTeam(), r.getAwayTeam(), r.getSport(), r.getLeague(),
                Times.instant(r.getCommenceTime()), Outcome.fromCode(r.getOutcome()), r.getOdds(), r.getStake(), r.getBookmaker(),
                r.getEdgePct(), r.getPatronScore(), r.getPatronConfidence(), r.getAgentRecommended(),
                BetStatus.fromCode(r.getStatus()), r.getResult() == null ? null : Outcome.fromCode(r.getResult()),
                r.getFinalScore(), r.getPayout(), r.getProfit(), r.getClosingOdds(), r.getClvPercent(),
                r.getClosingFairProb(), r.getClvFairPct(),
                r.getSettledBy() == null ? null : SettledBy.fromCode(r.getSettledBy()), r.getNotes(),
                Times.instant(r.getPlacedAt()), Times.instant(r.getSettledAt()),
                Market.fromCode(r.getMarket()), r.getPoint(), r.getClosingSource(), r.getClosingPoint(),
                r.getImpliedFairProb(), r.getClvImpliedPct(), r.getImpliedSource());
    }

    /** What a settlement writes onto a bet. */
    public record Settlement(BetStatus status, Outcome result, String finalScore, BigDecimal payout, BigDecimal profit,
                             SettledBy settledBy, Instant settledAt) {
    }

    /** Filters for {@link #history}; null fields do not filter. */
    public record BetQuery(BetStatus status, String sport, int limit) {
        public BetQuery {
            if (limit < 1 || limit > 10_000) {
                throw new IllegalArgumentException("limit must be between 1 and 10000 (got " + limit + ")");
            }
        }

        public static BetQuery latest(int limit) {
            return new BetQuery(null, null, limit);
        }
    }
}
