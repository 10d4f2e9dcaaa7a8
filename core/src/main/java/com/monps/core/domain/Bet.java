package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A recorded bet with its settlement and closing-line value, as stored in {@code bets}. */
public record Bet(long id, String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                  Outcome outcome, BigDecimal odds, BigDecimal stake, String bookmaker,
                  BigDecimal edgePct, BigDecimal patronScore, BigDecimal patronConfidence, boolean agentRecommended,
                  BetStatus status, Outcome result, String finalScore, BigDecimal payout, BigDecimal profit,
                  BigDecimal closingOdds, BigDecimal clvPercent, BigDecimal closingFairProb, BigDecimal clvFairPct,
                  SettledBy settledBy, String notes, Instant placedAt, Instant settledAt) {

    public String matchLabel() {
        return homeTeam + " – " + awayTeam;
    }
}
