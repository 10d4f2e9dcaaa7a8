package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.SettledBy;
import com.monps.core.odds.Settlement;
import com.monps.core.repo.BetRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What settling a bet by hand writes: won pays stake × odds (to the cent, half up), lost pays nothing, void returns the
 * stake; on a quarter line, half won pays the stake plus half its winnings, half lost returns half the stake.
 */
final class ManualSettlement {

    private ManualSettlement() {
    }

    static BetRepository.Settlement of(Bet bet, BetStatus status, Instant at) {
        BigDecimal stake = bet.stake().setScale(2, RoundingMode.UNNECESSARY);
        return switch (status) {
            case WON -> {
                BigDecimal payout = stake.multiply(bet.odds()).setScale(2, RoundingMode.HALF_UP);
                yield new BetRepository.Settlement(status, bet.outcome(), null, payout, payout.subtract(stake), SettledBy.MANUAL, at);
            }
            case LOST -> new BetRepository.Settlement(status, null, null, BigDecimal.ZERO.setScale(2), stake.negate(), SettledBy.MANUAL, at);
            case VOID -> {
                var cancelled = Settlement.cancelled(stake);
                yield new BetRepository.Settlement(status, null, null, cancelled.payout(), cancelled.profit(), SettledBy.MANUAL, at);
            }
            case HALF_WON -> half(bet, status, stake.divide(BigDecimal.TWO).multiply(bet.odds().subtract(BigDecimal.ONE)), at);
            case HALF_LOST -> half(bet, status, stake.divide(BigDecimal.TWO).negate(), at);
            case PENDING -> throw new IllegalArgumentException("a bet cannot be settled as pending");
        };
    }

    /** A quarter line of totals or spreads: half the stake wins (or loses), the other half is returned. */
    private static BetRepository.Settlement half(Bet bet, BetStatus status, BigDecimal profit, Instant at) {
        BigDecimal cents = profit.setScale(2, RoundingMode.HALF_UP);
        return new BetRepository.Settlement(status, null, null, bet.stake().add(cents), cents, SettledBy.MANUAL, at);
    }
}
