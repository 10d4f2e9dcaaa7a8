package com.monps.desktop.betentry;

import com.monps.core.domain.Match;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * What the bet dialog holds, as typed. {@code fairProbability}, {@code opportunityId} and the agent's scores come
 * from an opportunity when the dialog was opened from one.
 */
public record BetForm(Match match, Outcome outcome, String odds, String stake, String bookmaker, String notes,
                      BigDecimal fairProbability, Long opportunityId, BigDecimal edgePct, BigDecimal patronScore,
                      BigDecimal patronConfidence) {

    /** The bet an opportunity suggests: its price and bookmaker, the Kelly stake when known, the agent's scores. */
    public static BetForm fromOpportunity(Opportunity o, Match match, BigDecimal kellyStake) {
        String stake = kellyStake == null || kellyStake.signum() == 0 ? "" : kellyStake.toPlainString();
        return new BetForm(match, o.outcome(), o.odds().stripTrailingZeros().toPlainString(), stake, o.bookmaker(), null,
                o.fairProb(), o.id(), o.edgeValue().movePointRight(2), o.patronScore(), o.patronConfidence());
    }

    /** A decimal as the trader would type it: {@code 2.50} reads {@code 2.5}; null reads empty. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static BetForm manual(Match match, Outcome outcome, String odds, String stake, String bookmaker, String notes) {
        return new BetForm(match, outcome, odds, stake, bookmaker, notes, null, null, null, null, null);
    }
}
