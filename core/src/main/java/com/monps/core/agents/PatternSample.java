package com.monps.core.agents;

import com.monps.core.domain.Outcome;

/**
 * One played match as agent C learns from it: its league, the market's home, draw and away prices before kick-off,
 * and the result.
 */
public record PatternSample(String league, double[] prices, Outcome result) {
}
