package com.monps.desktop.shared;

import com.monps.core.domain.Bet;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * Which match to show in detail, at which market, line and side, and the price taken when it comes from a bet (else
 * null). {@code point} is a bet's: the goal line (totals) or the handicap of the side backed (spreads); null on 1X2.
 */
public record MatchFocus(String matchId, Market market, BigDecimal point, Outcome outcome, BigDecimal priceTaken,
                         String bookmakerTaken) {

    public MatchFocus {
        market = market == null ? Market.H2H : market;
    }

    /** A 1X2 focus. */
    public MatchFocus(String matchId, Outcome outcome, BigDecimal priceTaken, String bookmakerTaken) {
        this(matchId, Market.H2H, null, outcome, priceTaken, bookmakerTaken);
    }

    /** The match of a bet, at the bet's market, line and side, with the price taken. */
    public static MatchFocus of(Bet bet) {
        return new MatchFocus(bet.matchId(), bet.market(), bet.point(), bet.outcome(), bet.odds(), bet.bookmaker());
    }
}
