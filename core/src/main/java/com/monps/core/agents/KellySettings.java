package com.monps.core.agents;

/**
 * Agent B's sizing: {@code fraction} of full Kelly (0.25 = quarter Kelly), at most {@code capPerBet} of the bankroll on
 * one bet and {@code capPerMatch} on all the bets of one match.
 */
public record KellySettings(double fraction, double capPerBet, double capPerMatch) {

    public static final KellySettings DEFAULTS = new KellySettings(0.25, 0.05, 0.10);

    public KellySettings {
        if (!(fraction > 0 && fraction <= 1 && capPerBet > 0 && capPerBet <= 1 && capPerMatch >= capPerBet && capPerMatch <= 1)) {
            throw new IllegalArgumentException("Kelly settings need 0 < fraction ≤ 1 and 0 < cap per bet ≤ cap per match ≤ 1, got "
                    + fraction + ", " + capPerBet + ", " + capPerMatch);
        }
    }
}
