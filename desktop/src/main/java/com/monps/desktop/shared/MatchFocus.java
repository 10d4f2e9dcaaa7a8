package com.monps.desktop.shared;

import com.monps.core.domain.Bet;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/** Which match to show in detail, which outcome's prices, and the price taken when it comes from a bet (else null). */
public record MatchFocus(String matchId, Outcome outcome, BigDecimal priceTaken, String bookmakerTaken) {

    /**
     * The match of a bet. The match detail draws 1X2 prices only: a totals or handicap bet opens its match without a
     * price taken, rather than marking its line's price on a 1X2 chart.
     */
    public static MatchFocus of(Bet bet) {
        return bet.market().hasLine() ? new MatchFocus(bet.matchId(), null, null, null)
                : new MatchFocus(bet.matchId(), bet.outcome(), bet.odds(), bet.bookmaker());
    }
}
