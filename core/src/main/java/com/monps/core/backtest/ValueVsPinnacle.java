package com.monps.core.backtest;

import com.monps.core.agents.FairMarket;
import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.Prices;
import com.monps.core.odds.ExpectedValue;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code value-vs-pinnacle}: for a match with all three Pinnacle opening prices, fair probabilities are their
 * multiplicative de-vig; for each outcome the best opening price among the other bookmakers (B365, BW, IW, WH, VC, ties
 * to the first in that order) is backed with one unit when {@code price × fair probability − 1 > edge}.
 */
public record ValueVsPinnacle(double edge) implements Strategy {

    public static final String NAME = "value-vs-pinnacle";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Pick> picks(PreMatch match) {
        Prices pinnacle = match.opening().get(Bookmaker.PINNACLE);
        if (pinnacle == null) {
            return List.of();
        }
        double[] fair = FairMarket.devig(pinnacle.asArray());
        List<Pick> picks = new ArrayList<>();
        for (Outcome outcome : Outcome.RESULTS) {
            Pick best = BestPrice.among(match.opening(), Bookmaker.SOFT, outcome, fair[outcome.ordinal()]);
            if (best != null && ExpectedValue.perUnitStake(best.price().doubleValue(), best.fairProbability()) > edge) {
                picks.add(best);
            }
        }
        return picks;
    }
}
