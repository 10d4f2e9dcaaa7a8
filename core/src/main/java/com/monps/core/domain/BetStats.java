package com.monps.core.domain;

import java.math.BigDecimal;

/**
 * The {@code bets_stats} view: counts, money, hit rate and ROI in percent (null until a bet is decided), average CLV %.
 * Hit rate = wins / (wins + losses): half-won and half-lost bets are in neither; their profit and stake are in the ROI.
 */
public record BetStats(long totalBets, long wins, long losses, long pending, long voids,
                       BigDecimal totalStaked, BigDecimal pendingStake, BigDecimal totalProfit,
                       BigDecimal hitRate, BigDecimal roi, BigDecimal avgClv, long clvBets,
                       long halfWins, long halfLosses) {
}
