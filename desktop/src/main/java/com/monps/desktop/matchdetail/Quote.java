package com.monps.desktop.matchdetail;

import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.odds.DevigMethod;
import com.monps.core.odds.FairProbabilities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One bookmaker's prices of one market at one moment, whatever the market: the sides in {@link Market#outcomes()}
 * order (home, draw, away; over, under; home, away), at {@code point} (null on 1X2; the home team's handicap on spreads).
 */
record Quote(String bookmaker, Market market, BigDecimal point, Instant at, List<BigDecimal> prices) {

    static Quote of(OddsSnapshot snapshot) {
        List<BigDecimal> prices = new ArrayList<>(3);
        Market.H2H.outcomes().forEach(side -> prices.add(snapshot.price(side)));
        return new Quote(snapshot.bookmaker(), Market.H2H, null, snapshot.collectedAt(), prices);
    }

    static Quote of(LinePrice line) {
        return new Quote(line.bookmaker(), line.market(), line.point(), line.collectedAt(), List.of(line.overHome(), line.underAway()));
    }

    /** The side's price, or null when the bookmaker did not quote it (a two-way 1X2 has no draw). */
    BigDecimal price(Outcome side) {
        return prices.get(market.outcomes().indexOf(side));
    }

    boolean at(BigDecimal line) {
        return point == null ? line == null : line != null && point.compareTo(line) == 0;
    }

    /** The side's probability with the margin taken out of all the sides quoted (multiplicative), or null. */
    Double fairProbability(Outcome side) {
        List<BigDecimal> quoted = prices.stream().filter(p -> p != null).toList();
        if (price(side) == null || quoted.size() < 2) {
            return null;
        }
        double[] odds = quoted.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        return FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, odds).probability(quoted.indexOf(price(side)));
    }

    /** How far apart the two sides are: the main line of a snapshot is the one whose prices are closest. */
    double imbalance() {
        return Math.abs(prices.getFirst().doubleValue() - prices.getLast().doubleValue());
    }
}
