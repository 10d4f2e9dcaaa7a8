package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A price an agent found worth a look. {@code market} and {@code point} say what the price is for, as on a bet: an h2h
 * outcome has no point; a totals or spreads outcome has its line (for spreads, the handicap of the side backed).
 * {@code edgeValue} is the agent's measure (expected value {@code price × fair p − 1} for the value rules),
 * {@code confidenceScore} in [0, 1]. {@code id} is null until stored.
 */
public record Opportunity(Long id, String matchId, Market market, BigDecimal point, Outcome outcome, String bookmaker,
                          BigDecimal odds, BigDecimal edgeValue, BigDecimal confidenceScore, String agentName,
                          BigDecimal fairProb, BigDecimal recommendedStake, BigDecimal patronScore, BigDecimal patronConfidence,
                          String details, Instant detectedAt) {

    public Opportunity {
        Objects.requireNonNull(market, "market");
        point = BetLine.check(market, outcome, point);
    }

    /** An opportunity on the 1X2 market. */
    public Opportunity(Long id, String matchId, Outcome outcome, String bookmaker, BigDecimal odds,
                       BigDecimal edgeValue, BigDecimal confidenceScore, String agentName,
                       BigDecimal fairProb, BigDecimal recommendedStake, BigDecimal patronScore, BigDecimal patronConfidence,
                       String details, Instant detectedAt) {
        this(id, matchId, Market.H2H, null, outcome, bookmaker, odds, edgeValue, confidenceScore, agentName, fairProb,
                recommendedStake, patronScore, patronConfidence, details, detectedAt);
    }
}
