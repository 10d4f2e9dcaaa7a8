package com.monps.core.agents;

/**
 * Thresholds of agent A.
 *
 * @param aboveAverage the original rule: a price more than this share above the market mean (0.15 = 15 %)
 * @param minimumEv    the value rule: {@code price × fair probability − 1} above this (0.03 = 3 %)
 * @param minimumBooks bookmakers a market needs before either rule speaks
 */
public record AnomalySettings(double aboveAverage, double minimumEv, int minimumBooks) {

    public static final AnomalySettings DEFAULTS = new AnomalySettings(0.15, 0.03, 3);
}
