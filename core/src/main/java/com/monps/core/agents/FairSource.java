package com.monps.core.agents;

/** Where a fair (margin-free) probability came from. */
public enum FairSource {
    /** Pinnacle's own three prices, de-vigged: the sharpest single price in the market. */
    PINNACLE,
    /** The mean of every bookmaker's de-vigged probabilities, when Pinnacle is absent. */
    CONSENSUS
}
