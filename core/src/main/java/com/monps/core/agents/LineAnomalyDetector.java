package com.monps.core.agents;

import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Outcome;
import com.monps.core.model.ImpliedGoals;
import com.monps.core.model.ImpliedGoalsException;
import com.monps.core.model.LineProbabilities;
import com.monps.core.model.ScoreGrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agent A on goal totals and Asian handicaps, one point of one match at a time, with the rules and thresholds of 1X2
 * ({@link AnomalyDetector}): above the mean of the bookmakers quoting the point, EV above the minimum against the fair
 * price at that point ({@link FairLine}: Pinnacle's, else the consensus; Pinnacle's own prices are never value against
 * themselves), and, when switched on, the model-disagreement rule against agent E's price of the line. A point needs
 * {@code minimumBooks} bookmakers quoting it.
 * <p>
 * EV and Kelly of a whole or quarter line need the probabilities of its five results (win, half-win, push, half-loss,
 * loss), not one p. The market's two prices say only how the stake at risk splits; how often the line pushes or
 * half-settles comes from a score grid (the {@code shape}): the grid the match's 1X2 fair prices imply
 * ({@link #shape}), and the fair price is spread over its results with {@link LineProbabilities#withFairOdds}, so that
 * {@code EV = shareAtRisk × (price × p − 1)}. Agent E's grid gives the model's five probabilities directly; the blend
 * weight mixes them result by result.
 */
public final class LineAnomalyDetector {

    private final AnomalySettings settings;

    public LineAnomalyDetector(AnomalySettings settings) {
        this.settings = settings;
    }

    /**
     * The score grid whose push and half results shape a line's fair price: the one the match's 1X2 fair probabilities
     * imply (independent Poisson goals, ρ = 0, {@link ImpliedGoals}), else agent E's, else none (then every line is
     * treated as only winning or losing, which overstates a whole or quarter line's EV by 1 / its share at risk).
     *
     * @param h2h   the match's 1X2 market, or null
     * @param model agent E's grid of the match, or null
     */
    public static ScoreGrid shape(Market h2h, ScoreGrid model) {
        if (h2h != null && !h2h.twoWay() && !h2h.latest().isEmpty()) {
            double[] fair = FairMarket.of(h2h.pricesByBookmaker()).orElseThrow().probabilities();
            try {
                return ImpliedGoals.fromMatchOdds(fair[0], fair[1], fair[2], 0).grid();
            } catch (IllegalArgumentException | ImpliedGoalsException e) {
                // prices no Poisson pair reproduces: fall back on the model
            }
        }
        return model;
    }

    /**
     * @param shape the grid of {@link #shape}, or null
     * @param model agent E's grid of the match, or null when it cannot price it
     */
    public List<Finding> detect(LineMarket line, ScoreGrid shape, ScoreGrid model) {
        Map<String, double[]> prices = line.pricesByBookmaker();
        if (prices.size() < settings.minimumBooks()) {
            return List.of();
        }
        FairLine fairLine = FairLine.of(prices).orElseThrow();
        double confidence = AnomalyDetector.confidence(fairLine.source(), fairLine.books());
        double[] means = new double[2];
        prices.values().forEach(p -> {
            means[0] += p[0] / prices.size();
            means[1] += p[1] / prices.size();
        });
        List<Finding> findings = new ArrayList<>();
        for (Outcome side : line.market().outcomes()) {
            double marketP = fairLine.probability(side);
            LineProbabilities marketView = spread(marketP, settlement(shape, line, side));
            LineProbabilities modelView = model == null ? null : settlement(model, line, side);
            LineProbabilities view = modelView != null && settings.modelWeight() > 0
                    ? marketView.blendedWith(modelView, settings.modelWeight()) : marketView;
            FairPrice fair = new FairPrice(view.fairProbability(), view, fairLine.source(), fairLine.books(),
                    modelView == null ? Double.NaN : modelView.fairProbability(), modelView == null ? Double.NaN : modelView.fairOdds(),
                    fairLine.bySideAndMethod(side));
            double mean = means[LineMarket.sideIndex(side)];
            for (LinePrice quote : line.quotes().values()) {
                double price = line.price(quote, side).doubleValue();
                double ev = view.expectedValue(price);
                double aboveMean = price / mean - 1;
                double modelEv = modelView == null ? Double.NaN : modelView.expectedValue(price);
                double gap = modelView == null ? Double.NaN : Math.abs(modelView.fairProbability() - marketP);
                for (RuleCheck.Hit hit : RuleCheck.of(settings, quote.bookmaker(), fairLine.source(), aboveMean, ev, modelEv, gap)) {
                    findings.add(finding(line, side, quote, hit.rule(), hit.edge(), ev, means, fair, confidence));
                }
            }
        }
        return findings;
    }

    /** The side's five settlement probabilities under a grid: over/under the goal line, home/away at the handicap. */
    static LineProbabilities settlement(ScoreGrid grid, LineMarket line, Outcome side) {
        if (grid == null) {
            return null;
        }
        double point = line.point().doubleValue();
        LineProbabilities first = line.market() == com.monps.core.domain.Market.TOTALS ? grid.over(point) : grid.asianHandicapHome(point);
        return LineMarket.sideIndex(side) == 0 ? first : first.opposite();
    }

    /** The market's fair probability {@code p} (fair odds 1/p) spread over the shape's push and half results. */
    private static LineProbabilities spread(double p, LineProbabilities shape) {
        if (shape == null || shape.winOrLoseOnly()) {
            return LineProbabilities.winOrLose(p);
        }
        try {
            return LineProbabilities.withFairOdds(1 / p, shape);
        } catch (IllegalArgumentException e) {
            return LineProbabilities.winOrLose(p); // the market's price is outside what the grid's pushes leave room for
        }
    }

    private static Finding finding(LineMarket line, Outcome side, LinePrice quote, Rule rule, double edge, double ev,
                                   double[] means, FairPrice fair, double confidence) {
        return new Finding(line.match(), line.market(), line.sidePoint(side), side, quote.bookmaker(), line.price(quote, side),
                rule, edge, ev, means, fair, confidence);
    }
}
