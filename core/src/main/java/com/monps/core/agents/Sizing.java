package com.monps.core.agents;

import java.math.BigDecimal;

/** Agent B's answer for one bet: the stake, its share of the bankroll, and the edge in percent ({@code EV × 100}). */
public record Sizing(BigDecimal stake, double bankrollShare, double edgePct) {
}
