package com.monps.core.odds;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of settling one bet; money has 2 decimals.
 *
 * @param status       {@link BetStatus#WON}, {@link BetStatus#LOST}, {@link BetStatus#VOID}, or for a quarter line
 *                     {@link BetStatus#HALF_WON} or {@link BetStatus#HALF_LOST}
 * @param actualResult the match result, or {@code null} when the bet is void
 * @param finalScore   the final score as {@code "home-away"} (e.g. {@code "2-1"}), or {@code null} when void
 * @param payout       the amount returned to the bettor, stake included
 * @param profit       {@code payout − stake}
 */
public record SettlementResult(BetStatus status, Outcome actualResult, String finalScore,
                               BigDecimal payout, BigDecimal profit) {

    public SettlementResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(profit, "profit");
    }
}
