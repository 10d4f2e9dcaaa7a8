package com.monps.core.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.json.JsonMappers;
import com.monps.core.model.LineProbabilities;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code details} JSON of an opportunity: why A flagged it, what B staked, what C's history says, E's price. */
final class OpportunityDetails {

    private static final ObjectMapper JSON = JsonMappers.strict();

    private OpportunityDetails() {
    }

    /**
     * A line opportunity also carries its fair probability by each de-vig method ({@code devig}) and the five settlement
     * probabilities EV and Kelly used ({@code settlement}); {@code model_prob} / {@code model_price} are agent E's
     * probability and fair odds of the side, null when it cannot price the match.
     */
    static String of(Finding finding, Sizing sizing, PatternVerdict pattern) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rule", finding.rule().agentName());
        details.put("expected_value", round(finding.expectedValue()));
        details.put("market_mean_price", round(finding.marketMean()));
        details.put("fair_source", finding.fair().source().name().toLowerCase(java.util.Locale.ROOT));
        details.put("bookmakers", finding.fair().books());
        details.put("kelly_share", round(sizing.bankrollShare()));
        details.put("pattern", pattern == null ? null : pattern(pattern));
        double modelProbability = finding.fair().modelProbability();
        details.put("model_prob", Double.isNaN(modelProbability) ? null : round(modelProbability));
        details.put("model_price", Double.isNaN(modelProbability) ? null : Math.round(100 * finding.fair().modelOdds()) / 100.0);
        if (finding.market().hasLine()) {
            Map<String, Object> devig = new LinkedHashMap<>();
            finding.fair().devigs().forEach((method, p) -> devig.put(method, round(p)));
            details.put("devig", devig);
            LineProbabilities p = finding.fair().settlement();
            Map<String, Object> settlement = new LinkedHashMap<>();
            settlement.put("win", round(p.win()));
            settlement.put("half_win", round(p.halfWin()));
            settlement.put("push", round(p.push()));
            settlement.put("half_loss", round(p.halfLoss()));
            settlement.put("loss", round(p.loss()));
            details.put("settlement", settlement);
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write opportunity details: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> pattern(PatternVerdict verdict) {
        Map<String, Object> pattern = new LinkedHashMap<>();
        pattern.put("group", verdict.group().label());
        pattern.put("bets", verdict.bets());
        pattern.put("roi_pct", round(verdict.roiPct()));
        pattern.put("p_value", round(verdict.pValue()));
        pattern.put("flagged", verdict.flagged());
        return pattern;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
