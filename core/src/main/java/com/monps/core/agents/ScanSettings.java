package com.monps.core.agents;

import java.time.Duration;

/**
 * What a scan looks at and how the agents judge it.
 *
 * @param horizon       matches kicking off within this time of the scan's moment
 * @param minimumSample agent C's smallest group worth a verdict
 * @param significance  agent C's p-value below which a positive group is flagged
 */
public record ScanSettings(Duration horizon, AnomalySettings anomaly, KellySettings kelly, int minimumSample,
                           double significance) {

    public static final ScanSettings DEFAULTS = new ScanSettings(Duration.ofDays(14), AnomalySettings.DEFAULTS,
            KellySettings.DEFAULTS, PatternMatcher.DEFAULT_MINIMUM_SAMPLE, PatternMatcher.DEFAULT_SIGNIFICANCE);
}
