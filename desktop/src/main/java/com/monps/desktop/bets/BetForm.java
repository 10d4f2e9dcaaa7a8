package com.monps.desktop.bets;

import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * What the bet dialog holds, as typed. {@code fairProbability}, {@code opportunityId} and the agent's scores come
 * from an opportunity when the dialog was opened from one.
 */
public record BetForm(Match match, Outcome outcome, String odds, String stake, String bookmaker, String notes,
                      BigDecimal fairProbability, Long opportunityId, BigDecimal edgePct, BigDecimal patronScore,
                      BigDecimal patronConfidence) {

    public static BetForm manual(Match match, Outcome outcome, String odds, String stake, String bookmaker, String notes) {
        return new BetForm(match, outcome, odds, stake, bookmaker, notes, null, null, null, null, null);
    }
}
