package com.monps.agent.api;

import java.math.BigDecimal;

/**
 * Body of {@code PATCH /bets/{id}/update}: either corrections to a pending bet (any of odds, stake, bookmaker, notes),
 * or a manual settlement ({@code status} won, lost or void; won and lost need the final score).
 */
record BetUpdateRequest(BigDecimal odds, BigDecimal stake, String bookmaker, String notes,
                        String status, Integer homeScore, Integer awayScore) {

    boolean edits() {
        return odds != null || stake != null || bookmaker != null || notes != null;
    }

    boolean settles() {
        return status != null || homeScore != null || awayScore != null;
    }
}
