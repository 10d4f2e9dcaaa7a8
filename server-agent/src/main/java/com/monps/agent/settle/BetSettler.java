package com.monps.agent.settle;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.odds.Settlement;
import com.monps.core.odds.SettlementResult;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Settles, inside the caller's transaction, every due pending bet the database can decide: on a completed match, won or
 * lost (h2h), or by the half-stakes of its line for totals and spreads (won, lost, void, half_won, half_lost, see
 * {@link com.monps.core.odds.LineSettlement}); void on a cancelled one. Each write is guarded by {@code status = 'pending'}, so a re-run or a second agent
 * never settles a bet twice and a manual settlement is never overwritten. A match still not completed
 * {@link #REVIEW_AFTER} after kick-off is flagged for review; its bets stay pending.
 */
final class BetSettler {

    static final Duration REVIEW_AFTER = Duration.ofDays(3);

    private static final Logger log = LoggerFactory.getLogger(BetSettler.class);

    private final DSLContext tx;
    private final Instant now;

    BetSettler(DSLContext tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    Tally settle(Instant cutoff) {
        BetRepository bets = new BetRepository(tx);
        Set<String> flagged = new HashSet<>();
        Tally tally = new Tally();
        for (DueBets.DueBet bet : DueBets.before(tx, cutoff)) {
            if (bet.cancelled()) {
                tally.count(bets.settle(bet.id(), Settlement.cancelled(bet.stake()), SettledBy.AUTO, now), BetStatus.VOID);
            } else if (bet.completed()) {
                SettlementResult result = Settlement.settle(bet.market(), Outcome.fromCode(bet.outcome()), bet.point(),
                        bet.stake(), bet.odds(), bet.homeScore(), bet.awayScore());
                tally.count(bets.settle(bet.id(), result, SettledBy.AUTO, now), result.status());
            } else if (bet.matchKnown() && bet.kickOff().plus(REVIEW_AFTER).isBefore(now) && flagged.add(bet.matchId())) {
                new MatchRepository(tx).flagForReview(bet.matchId());
                log.warn("match {} has no final result {} after kick-off: flagged for manual review", bet.matchId(), REVIEW_AFTER);
                tally.flagged++;
            }
        }
        return tally;
    }

    /** What a settlement round did. */
    static final class Tally {
        int won;
        int lost;
        int voided;
        int halfWon;
        int halfLost;
        int flagged;

        void count(boolean changed, BetStatus status) {
            if (!changed) {
                return;
            }
            switch (status) {
                case WON -> won++;
                case LOST -> lost++;
                case HALF_WON -> halfWon++;
                case HALF_LOST -> halfLost++;
                case VOID -> voided++;
                case PENDING -> throw new IllegalStateException("a settlement never leaves a bet pending");
            }
        }

        int settled() {
            return won + lost + voided + halfWon + halfLost;
        }
    }
}
