package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A recorded bet with its settlement and closing-line value, as stored in {@code bets}. {@code point} is the line of the
 * side backed (null for h2h). {@code closingSource} names the line the fair closing probability came from
 * ({@code pinnacle}, {@code consensus}), or is {@code line_moved} when the bet's point was no longer quoted at the close:
 * then there are no closing odds and {@code closingPoint} is the closing line, in the bet's terms. For such a bet with
 * no quoted fair price at its point, {@code impliedFairProb} and {@code clvImpliedPct} are the no-vig price and CLV of
 * the closing market translated to the bet's line (priced from the goal expectancies the closing 1X2, and over/under
 * 2.5 when quoted, imply), and {@code impliedSource} names that market: implied, never quoted (docs/markets.md).
 */
public record Bet(long id, String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                  Outcome outcome, BigDecimal odds, BigDecimal stake, String bookmaker,
                  BigDecimal edgePct, BigDecimal patronScore, BigDecimal patronConfidence, boolean agentRecommended,
                  BetStatus status, Outcome result, String finalScore, BigDecimal payout, BigDecimal profit,
                  BigDecimal closingOdds, BigDecimal clvPercent, BigDecimal closingFairProb, BigDecimal clvFairPct,
                  SettledBy settledBy, String notes, Instant placedAt, Instant settledAt,
                  Market market, BigDecimal point, String closingSource, BigDecimal closingPoint,
                  BigDecimal impliedFairProb, BigDecimal clvImpliedPct, String impliedSource) {

    public Bet {
        market = market == null ? Market.H2H : market;
    }

    /** An h2h bet, as recorded before there were other markets. */
    public Bet(long id, String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
               Outcome outcome, BigDecimal odds, BigDecimal stake, String bookmaker,
               BigDecimal edgePct, BigDecimal patronScore, BigDecimal patronConfidence, boolean agentRecommended,
               BetStatus status, Outcome result, String finalScore, BigDecimal payout, BigDecimal profit,
               BigDecimal closingOdds, BigDecimal clvPercent, BigDecimal closingFairProb, BigDecimal clvFairPct,
               SettledBy settledBy, String notes, Instant placedAt, Instant settledAt) {
        this(id, matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker, edgePct,
                patronScore, patronConfidence, agentRecommended, status, result, finalScore, payout, profit, closingOdds,
                clvPercent, closingFairProb, clvFairPct, settledBy, notes, placedAt, settledAt, Market.H2H, null, null, null,
                null, null, null);
    }

    public String matchLabel() {
        return homeTeam + " – " + awayTeam;
    }
}
