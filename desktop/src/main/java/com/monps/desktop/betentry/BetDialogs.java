package com.monps.desktop.betentry;

import com.monps.core.domain.Bet;

/** Opens the bet dialog; the screens' controllers ask through this and never hold a window. */
public interface BetDialogs {

    /** A new bet, from scratch or prefilled (from an opportunity or an alert). */
    void record(BetForm prefill);

    /** Corrects the odds, stake, bookmaker or notes of a pending bet. */
    void correct(Bet bet);
}
