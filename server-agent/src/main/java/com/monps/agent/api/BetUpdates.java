package com.monps.agent.api;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.SettledBy;
import com.monps.core.odds.Settlement;
import com.monps.core.odds.SettlementResult;
import com.monps.core.repo.BetRepository;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * Applies {@code PATCH /bets/{id}/update}: corrects a pending bet, or settles it by hand with the payout and profit
 * computed by {@link Settlement}. A manual settlement may correct an automatic one and is never overwritten.
 */
final class BetUpdates {

    private final BetRepository bets;
    private final Clock clock;

    BetUpdates(BetRepository bets, Clock clock) {
        this.bets = bets;
        this.clock = clock;
    }

    Bet apply(long id, BetUpdateRequest update) {
        Bet bet = find(id);
        if (update.edits() && update.settles()) {
            throw ApiException.badRequest("correct a bet (odds, stake, bookmaker, notes) and settle it (status, scores) in separate requests");
        }
        if (update.settles()) {
            settle(bet, update);
        } else if (update.edits()) {
            edit(bet, update);
        } else {
            throw ApiException.badRequest("nothing to update: give odds, stake, bookmaker or notes, or a status to settle the bet");
        }
        return find(id);
    }

    private void edit(Bet bet, BetUpdateRequest update) {
        if (bet.status() != BetStatus.PENDING) {
            throw ApiException.conflict("bet " + bet.id() + " is already settled (" + bet.status().code() + "): only pending bets can be corrected");
        }
        BigDecimal odds = update.odds() == null ? bet.odds() : Fields.decimal("odds", update.odds(), 8, 3);
        BigDecimal stake = update.stake() == null ? bet.stake() : Fields.decimal("stake", update.stake(), 14, 2);
        if (odds.compareTo(BigDecimal.ONE) <= 0) {
            throw ApiException.badRequest("odds must be greater than 1 (got " + odds.toPlainString() + ")");
        }
        if (stake.signum() <= 0) {
            throw ApiException.badRequest("stake must be greater than 0 (got " + stake.toPlainString() + ")");
        }
        String bookmaker = update.bookmaker() == null ? bet.bookmaker() : Fields.requiredText("bookmaker", update.bookmaker());
        String notes = update.notes() == null ? bet.notes() : Fields.text("notes", update.notes(), Fields.MAX_NOTES);
        if (!bets.updatePending(bet.id(), odds, stake, bookmaker, notes)) {
            throw ApiException.conflict("bet " + bet.id() + " was settled meanwhile: only pending bets can be corrected");
        }
    }

    private void settle(Bet bet, BetUpdateRequest update) {
        BetStatus wanted = status(update.status());
        if (bet.settledBy() == SettledBy.MANUAL) {
            throw ApiException.conflict("bet " + bet.id() + " was settled by hand (" + bet.status().code() + "): a manual settlement is never overwritten");
        }
        SettlementResult result = compute(bet, wanted, update.homeScore(), update.awayScore());
        if (!bets.settle(bet.id(), result, SettledBy.MANUAL, clock.instant())) {
            throw ApiException.conflict("bet " + bet.id() + " was settled by hand meanwhile: a manual settlement is never overwritten");
        }
    }

    private static SettlementResult compute(Bet bet, BetStatus wanted, Integer home, Integer away) {
        if (wanted == BetStatus.VOID) {
            if (home != null || away != null) {
                throw ApiException.badRequest("a void bet takes no score");
            }
            return Settlement.cancelled(bet.stake());
        }
        if (home == null || away == null) {
            throw ApiException.badRequest("settling as " + wanted.code() + " needs the final score: home_score and away_score");
        }
        SettlementResult result;
        try {
            result = Settlement.settle(bet.market(), bet.outcome(), bet.point(), bet.stake(), bet.odds(), home, away);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (result.status() != wanted) {
            throw ApiException.badRequest("a " + result.finalScore() + " score makes this " + bet.outcome().code()
                    + (bet.point() == null ? "" : " " + bet.point().toPlainString()) + " bet "
                    + result.status().code() + ", not " + wanted.code());
        }
        return result;
    }

    private static BetStatus status(String code) {
        if (code == null) {
            throw ApiException.badRequest("'status' is required to settle a bet: won, lost or void (half_won, half_lost on a quarter line)");
        }
        BetStatus status;
        try {
            status = BetStatus.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (status == BetStatus.PENDING) {
            throw ApiException.badRequest("a settled bet cannot be set back to pending: status must be won, lost, void, half_won or half_lost");
        }
        return status;
    }

    private Bet find(long id) {
        return bets.find(id).orElseThrow(() -> ApiException.notFound("no bet with id " + id));
    }
}
