package com.monps.desktop.betentry;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.desktop.shared.ModelPrices;

import java.math.BigDecimal;

/**
 * What the bet dialog holds, as typed. {@code point} is the line of a totals or spreads bet (for spreads, the handicap
 * of the side backed), ignored on 1X2. {@code fairProbability}, {@code opportunityId}, the agent's scores and
 * {@code modelPrice} (the goal model's price of the opportunity's side, from its details) come from an opportunity when
 * the dialog was opened from one.
 */
public record BetForm(Match match, Market market, String point, Outcome outcome, String odds, String stake, String bookmaker,
                      String notes, BigDecimal fairProbability, Long opportunityId, BigDecimal edgePct, BigDecimal patronScore,
                      BigDecimal patronConfidence, BigDecimal modelPrice) {

    public BetForm {
        market = market == null ? Market.H2H : market;
        point = point == null ? "" : point;
    }

    /** The bet an opportunity suggests: its market, line, price and bookmaker, the Kelly stake when known, the agent's scores. */
    public static BetForm fromOpportunity(Opportunity o, Match match, BigDecimal kellyStake) {
        String stake = kellyStake == null || kellyStake.signum() == 0 ? "" : kellyStake.toPlainString();
        return new BetForm(match, o.market(), plain(o.point()), o.outcome(), plain(o.odds()), stake, o.bookmaker(), null,
                o.fairProb(), o.id(), o.edgeValue().movePointRight(2), o.patronScore(), o.patronConfidence(),
                ModelPrices.FROM_DETAILS.priceOf(o).orElse(null));
    }

    /** A decimal as the trader would type it: {@code 2.50} reads {@code 2.5}; null reads empty. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static BetForm manual(Match match, Outcome outcome, String odds, String stake, String bookmaker, String notes) {
        return manual(match, Market.H2H, "", outcome, odds, stake, bookmaker, notes);
    }

    public static BetForm manual(Match match, Market market, String point, Outcome outcome, String odds, String stake,
                                 String bookmaker, String notes) {
        return new BetForm(match, market, point, outcome, odds, stake, bookmaker, notes, null, null, null, null, null, null);
    }

    /** The point as a number, null when blank or not a number (the validator says which). */
    BigDecimal pointValue() {
        return BetValidator.parse(point);
    }
}
