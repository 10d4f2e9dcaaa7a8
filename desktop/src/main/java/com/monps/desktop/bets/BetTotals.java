package com.monps.desktop.bets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Totals of the rows on screen: count, stakes, profit, and the average CLV of the bets that have one. */
public record BetTotals(int count, BigDecimal staked, BigDecimal profit, BigDecimal averageClv) {

    public static BetTotals of(Collection<BetRow> rows) {
        BigDecimal staked = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        BigDecimal clvSum = BigDecimal.ZERO;
        int clvCount = 0;
        for (BetRow row : rows) {
            staked = staked.add(row.bet().stake());
            if (row.bet().profit() != null) {
                profit = profit.add(row.bet().profit());
            }
            if (row.bet().clvPercent() != null) {
                clvSum = clvSum.add(row.bet().clvPercent());
                clvCount++;
            }
        }
        BigDecimal clv = clvCount == 0 ? null : clvSum.divide(BigDecimal.valueOf(clvCount), 3, RoundingMode.HALF_UP);
        return new BetTotals(rows.size(), staked, profit, clv);
    }
}
