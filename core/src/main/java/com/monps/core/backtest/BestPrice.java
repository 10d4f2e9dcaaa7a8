package com.monps.core.backtest;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.Prices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The highest opening price of an outcome among some bookmakers; ties go to the first in the list. */
final class BestPrice {

    private BestPrice() {
    }

    /** Null when none of the bookmakers quoted the match. */
    static Pick among(Map<Bookmaker, Prices> opening, List<Bookmaker> bookmakers, Outcome outcome, double fairProbability) {
        Pick best = null;
        for (Bookmaker bookmaker : bookmakers) {
            Prices prices = opening.get(bookmaker);
            if (prices != null) {
                BigDecimal price = prices.price(outcome);
                if (best == null || price.compareTo(best.price()) > 0) {
                    best = new Pick(outcome, bookmaker, price, fairProbability);
                }
            }
        }
        return best;
    }
}
