package com.monps.core.agents;

/**
 * How a group did in history, backing each of its bets with one unit at the market's mean price: sample size, ROI %
 * and the p-value of "ROI > 0". {@code flagged} when ROI > 0 and the p-value is below the matcher's significance level.
 */
public record PatternVerdict(PatternKey group, int bets, double roiPct, double pValue, boolean flagged) {
}
