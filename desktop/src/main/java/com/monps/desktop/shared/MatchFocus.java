package com.monps.desktop.shared;

import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/** Which match to show in detail, which outcome's prices, and the price taken when it comes from a bet (else null). */
public record MatchFocus(String matchId, Outcome outcome, BigDecimal priceTaken, String bookmakerTaken) {
}
