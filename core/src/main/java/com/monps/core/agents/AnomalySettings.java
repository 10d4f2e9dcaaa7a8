package com.monps.core.agents;

/**
 * Thresholds of agent A.
 *
 * @param aboveAverage the original rule: a price more than this share above the market mean (0.15 = 15 %)
 * @param minimumEv    the value rule: {@code price × fair probability − 1} above this (0.03 = 3 %)
 * @param minimumBooks bookmakers a market needs before either rule speaks
 * @param modelWeight  the share of agent E's goal-model probability in the fair probability that EV and Kelly use
 *                     (0 = the market's alone, the default: the model forecasts worse than Pinnacle's line on the
 *                     shared seasons, docs/goal-model.md)
 * @param modelGap     the model-disagreement rule: flag a price whose EV against the model is above
 *                     {@code minimumEv} where the model's probability differs from the market's fair one by more than
 *                     this (0 = the rule is off, the default)
 */
public record AnomalySettings(double aboveAverage, double minimumEv, int minimumBooks, double modelWeight, double modelGap) {

    public static final AnomalySettings DEFAULTS = new AnomalySettings(0.15, 0.03, 3, 0, 0);

    public AnomalySettings {
        if (modelWeight < 0 || modelWeight > 1) {
            throw new IllegalArgumentException("model weight must be between 0 and 1 (got " + modelWeight + ")");
        }
        if (modelGap < 0) {
            throw new IllegalArgumentException("model gap must be 0 (off) or more (got " + modelGap + ")");
        }
    }
}
