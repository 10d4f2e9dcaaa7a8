package com.monps.agent.api;

import com.monps.core.api.BetUpdateRequest;
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

    private static final String STATUS = "status";

    private final BetRepository bets;
    private final Clock clock;

    BetUpdates(BetRepository bets, Clock clock) {
        this.bets = bets;
        this.clock = clock;
    }

    Bet apply(long id, BetUpdateRequest update) {
        Bet bet = find(id);
        if (update.edits() && update.settles()) {
            throw ApiException.invalidRequest("correct a bet (odds, stake, bookmaker, notes) and settle it (status, scores) in separate requests");
        }
        if (update.settles()) {
            settle(bet, update);
        } else if (update.edits()) {
            edit(bet, update);
        } else {
            throw ApiException.invalidRequest("nothing to update: give odds, stake, bookmaker or notes, or a status to settle the bet");
        }
        return find(id);
    }

    private void edit(Bet bet, BetUpdateRequest update) {
        if (bet.status() != BetStatus.PENDING) {
            throw ApiException.conflict("bet " + bet.id() + " is already settled (" + bet.status().code() + "): only pending bets can be corrected");
        }
        FieldChecks checks = new FieldChecks();
        BigDecimal odds = update.odds() == null ? bet.odds() : checks.above("odds", checks.decimal("odds", update.odds(), 8, 3), BigDecimal.ONE);
        BigDecimal stake = update.stake() == null ? bet.stake()
                : checks.above("stake", checks.decimal("stake", update.stake(), 14, 2), BigDecimal.ZERO);
        String bookmaker = update.bookmaker() == null ? bet.bookmaker() : checks.requiredText("bookmaker", update.bookmaker());
        String notes = update.notes() == null ? bet.notes() : checks.text("notes", update.notes(), FieldChecks.MAX_NOTES);
        if (!checks.passed()) {
            throw ApiException.invalid(checks.problems());
        }
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
                throw ApiException.invalid(home != null ? "home_score" : "away_score", "a void bet takes no score");
            }
            return Settlement.cancelled(bet.stake());
        }
        if (home == null || away == null) {
            throw ApiException.invalid(home == null ? "home_score" : "away_score",
                    "settling as " + wanted.code() + " needs the final score: home_score and away_score");
        }
        if (home < 0 || away < 0) {
            throw ApiException.invalid(home < 0 ? "home_score" : "away_score", "goals cannot be negative, got " + home + "-" + away);
        }
        SettlementResult result = Settlement.settle(bet.market(), bet.outcome(), bet.point(), bet.stake(), bet.odds(), home, away);
        if (result.status() != wanted) {
            throw ApiException.invalid(STATUS, "a " + result.finalScore() + " score makes this " + bet.outcome().code()
                    + (bet.point() == null ? "" : " " + bet.point().toPlainString()) + " bet "
                    + result.status().code() + ", not " + wanted.code());
        }
        return result;
    }

    private static BetStatus status(String code) {
        if (code == null) {
            throw ApiException.invalid(STATUS, "'status' is required to settle a bet: won, lost or void (half_won, half_lost on a quarter line)");
        }
        FieldChecks checks = new FieldChecks();
        BetStatus status = checks.code(STATUS, code, BetStatus::fromCode);
        if (status == BetStatus.PENDING) {
            checks.problem(STATUS, "a settled bet cannot be set back to pending: status must be won, lost, void, half_won or half_lost");
        }
        if (!checks.passed()) {
            throw ApiException.invalid(checks.problems());
        }
        return status;
    }

    private Bet find(long id) {
        return bets.find(id).orElseThrow(() -> ApiException.notFound("no bet with id " + id));
    }
}
