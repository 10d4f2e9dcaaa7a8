package com.monps.core.backtest;

import com.monps.core.agents.FairMarket;
import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code above-average}, the original design's anomaly rule: back an outcome when a bookmaker's opening price is more
 * than {@code threshold} (15 %) above the mean opening price of all the bookmakers quoting it (at least three). The
 * highest such price is taken, one unit per outcome; the fair probability used by Kelly staking is Pinnacle's de-vig, or
 * the consensus without Pinnacle ({@link FairMarket}).
 */
public record AboveAverage(double threshold) implements Strategy {

    public static final String NAME = "above-average";
    private static final int MIN_BOOKS = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Pick> picks(PreMatch match) {
        if (match.opening().size() < MIN_BOOKS) {
            return List.of();
        }
        FairMarket fair = FairMarket.of(match.pricesByKey()).orElseThrow();
        List<Pick> picks = new ArrayList<>();
        for (Outcome outcome : Outcome.RESULTS) {
            double average = match.opening().values().stream().mapToDouble(p -> p.price(outcome).doubleValue()).average().orElseThrow();
            Pick highest = BestPrice.among(match.opening(), List.of(Bookmaker.values()), outcome, fair.probability(outcome));
            if (highest.price().doubleValue() > average * (1 + threshold)) {
                picks.add(highest);
            }
        }
        return picks;
    }
}
