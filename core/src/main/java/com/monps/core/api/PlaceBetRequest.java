package com.monps.core.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Body of {@code POST /bets/place}: the ten fields of a bet, then the agent's optional scores and notes, then the market
 * ({@code h2h} when absent) and the point (the line of the side backed; required on totals and spreads, absent on h2h).
 * Outcome and market travel as their codes, so that an unknown one is refused naming the field.
 */
public record PlaceBetRequest(String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                              String outcome, BigDecimal odds, BigDecimal stake, String bookmaker,
                              BigDecimal edgePct, BigDecimal patronScore, BigDecimal patronConfidence, Long opportunityId,
                              String notes, String market, BigDecimal point) {
}
