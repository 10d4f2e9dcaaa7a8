package com.monps.core.agents;

import com.monps.core.domain.MatchOdds;
import com.monps.core.domain.Outcome;
import com.monps.core.odds.ExpectedValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agent A: compares every bookmaker's price of every outcome with the market. Two rules, each reported separately:
 * the original "more than 15 % above the market mean" and "expected value above 3 %" against the fair probability
 * ({@link FairMarket}: Pinnacle de-vigged, else the consensus). Pinnacle's own prices are never value against
 * themselves. Confidence = source quality (Pinnacle 1.0, consensus 0.6) × coverage (bookmakers quoting / 5, at most 1).
 */
public final class AnomalyDetector {

    private final AnomalySettings settings;

    public AnomalyDetector(AnomalySettings settings) {
        this.settings = settings;
    }

    public List<Finding> detect(Market market) {
        return detect(market, null);
    }

    /**
     * With agent E's home, draw and away probabilities of the match ({@code null} when the model cannot price it):
     * blended into the fair probability by {@code modelWeight}, and read by the model-disagreement rule.
     */
    public List<Finding> detect(Market market, double[] model) {
        Map<String, double[]> prices = market.pricesByBookmaker();
        if (prices.size() < settings.minimumBooks()) {
            return List.of();
        }
        FairMarket marketFair = FairMarket.of(prices).orElseThrow();
        boolean modelled = model != null && market.outcomes().size() == 3;
        FairMarket fair = modelled && settings.modelWeight() > 0 ? marketFair.blendedWith(model, settings.modelWeight()) : marketFair;
        double confidence = confidence(fair);
        double[] means = meanPrices(prices);
        List<Finding> findings = new ArrayList<>();
        for (Outcome outcome : market.outcomes()) {
            double mean = means[outcome.ordinal()];
            FairPrice view = FairPrice.ofOutcome(fair, outcome, model);
            for (Map.Entry<String, MatchOdds> quote : market.latest().entrySet()) {
                String bookmaker = quote.getKey();
                // the doubles of pricesByBookmaker: converting each BigDecimal again cost a tenth of a full scan
                double price = prices.get(bookmaker)[outcome.ordinal()];
                double ev = ExpectedValue.perUnitStake(price, fair.probability(outcome));
                double aboveMean = price / mean - 1;
                double modelEv = modelled ? ExpectedValue.perUnitStake(price, model[outcome.ordinal()]) : Double.NaN;
                double gap = modelled ? Math.abs(model[outcome.ordinal()] - marketFair.probability(outcome)) : Double.NaN;
                for (RuleCheck.Hit hit : RuleCheck.of(settings, bookmaker, fair.source(), aboveMean, ev, modelEv, gap)) {
                    findings.add(finding(market, outcome, bookmaker, quote.getValue(), hit.rule(), hit.edge(), ev, means,
                            view, confidence));
                }
            }
        }
        return findings;
    }

    private static Finding finding(Market market, Outcome outcome, String bookmaker, MatchOdds prices, Rule rule,
                                   double edge, double ev, double[] means, FairPrice view, double confidence) {
        return new Finding(market.match(), com.monps.core.domain.Market.H2H, null, outcome, bookmaker,
                prices.price(outcome), rule, edge, ev, means, view, confidence);
    }

    private static double[] meanPrices(Map<String, double[]> prices) {
        double[] means = new double[3];
        prices.values().forEach(p -> {
            for (int i = 0; i < 3; i++) {
                means[i] += p[i] / prices.size();
            }
        });
        return means;
    }

    static double confidence(FairMarket fair) {
        return confidence(fair.source(), fair.books());
    }

    /** Pinnacle's de-vigged prices are trusted more than a consensus; five bookmakers quoting the match give full weight. */
    public static double confidence(FairSource source, int books) {
        return (source == FairSource.PINNACLE ? 1.0 : 0.6) * Math.min(1.0, books / 5.0);
    }
}
