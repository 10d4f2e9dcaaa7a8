package com.monps.desktop.shared;

import java.math.BigDecimal;

/**
 * When a new opportunity deserves a notification: an edge of at least {@code minEdgePct} percent and a patron score of
 * at least {@code minPatronScore} (0 to 100). Off by default: the demo's replayed scans would otherwise ring at once.
 */
public record AlertRule(boolean enabled, BigDecimal minEdgePct, BigDecimal minPatronScore) {

    public static final AlertRule OFF = new AlertRule(false, new BigDecimal("5"), new BigDecimal("50"));

    public AlertRule {
        if (minEdgePct == null || minEdgePct.signum() < 0) {
            throw new IllegalArgumentException("alert edge must be a percentage of 0 or more (got " + minEdgePct + ")");
        }
        if (minPatronScore == null || minPatronScore.signum() < 0 || minPatronScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("alert patron score must be between 0 and 100 (got " + minPatronScore + ")");
        }
    }

    /** The edge as the opportunities table stores it, a fraction. */
    public BigDecimal minEdge() {
        return minEdgePct.movePointLeft(2);
    }
}
