package com.monps.core.api;

import java.math.BigDecimal;

/**
 * Body of {@code PATCH /bets/{id}/update}: either corrections to a pending bet (any of odds, stake, bookmaker, notes),
 * or a manual settlement ({@code status} won, lost, void, half_won or half_lost; all but void need the final score).
 */
public record BetUpdateRequest(BigDecimal odds, BigDecimal stake, String bookmaker, String notes,
                               String status, Integer homeScore, Integer awayScore) {

    /** Whether it corrects the bet. */
    public boolean edits() {
        return odds != null || stake != null || bookmaker != null || notes != null;
    }

    /** Whether it settles the bet. */
    public boolean settles() {
        return status != null || homeScore != null || awayScore != null;
    }
}
