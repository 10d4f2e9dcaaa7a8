package com.monps.core.backtest;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;

import java.math.BigDecimal;

/** A bet a strategy wants: outcome, bookmaker and price, with the fair probability it believes (for Kelly staking). */
public record Pick(Outcome outcome, Bookmaker bookmaker, BigDecimal price, double fairProbability) {
}
