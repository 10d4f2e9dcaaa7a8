package com.monps.core.agents;

import com.monps.core.domain.Market;

import java.math.BigDecimal;

/**
 * One line of one played match as agent C learns from it: its league, the market and point (as stored: the goal line or
 * the home handicap), the mean over the bookmakers of their closing over/home and under/away prices at that point, and
 * the score.
 */
public record LinePatternSample(String league, Market market, BigDecimal point, double overHome, double underAway,
                                int homeGoals, int awayGoals) {
}
