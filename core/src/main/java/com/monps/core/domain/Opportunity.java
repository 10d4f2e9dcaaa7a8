package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A price an agent found worth a look. {@code edgeValue} is the agent's measure (expected value {@code price × fair p − 1}
 * for the value rules), {@code confidenceScore} in [0, 1]. {@code id} is null until stored.
 */
public record Opportunity(Long id, String matchId, Outcome outcome, String bookmaker, BigDecimal odds,
                          BigDecimal edgeValue, BigDecimal confidenceScore, String agentName,
                          BigDecimal fairProb, BigDecimal recommendedStake, BigDecimal patronScore, BigDecimal patronConfidence,
                          String details, Instant detectedAt) {
}
