package com.monps.core.agents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The patron score, one number from agents A, B and C:
 * <pre>
 *   score      = 100 × (0.50 × a + 0.25 × b + 0.25 × c)                         in [0, 100]
 *     a = clamp(EV / 0.10)                 A: expected value, full marks at +10 %
 *     b = clamp(stake / (capPerBet × bankroll))   B: how close Kelly comes to the per-bet cap
 *     c = clamp(1 − 2 × p-value) if C's group has ROI > 0, else 0   C: historical evidence
 *   confidence = 0.6 × A's confidence + 0.4 × clamp(C's sample / 1000)          in [0, 1]
 * </pre>
 * clamp(x) = min(1, max(0, x)). A price with no positive EV scores at most 25 (from C alone).
 */
public record PatronScore(BigDecimal score, BigDecimal confidence) {

    static final double FULL_MARKS_EV = 0.10;
    static final int FULL_CONFIDENCE_SAMPLE = 1000;

    public static PatronScore of(Finding finding, Sizing sizing, PatternVerdict pattern, KellySettings kelly) {
        return of(finding.expectedValue(), sizing.bankrollShare(), finding.confidence(), pattern, kelly);
    }

    /**
     * The score from its parts, for a bet agent A's scan did not find (the demo's backtest bets): {@code priceConfidence}
     * is A's confidence in the fair price ({@link AnomalyDetector#confidence(FairSource, int)}).
     */
    public static PatronScore of(double expectedValue, double bankrollShare, double priceConfidence, PatternVerdict pattern,
                                 KellySettings kelly) {
        double a = clamp(expectedValue / FULL_MARKS_EV);
        double b = clamp(bankrollShare / kelly.capPerBet());
        double c = pattern == null || pattern.roiPct() <= 0 ? 0 : clamp(1 - 2 * pattern.pValue());
        double sample = pattern == null ? 0 : clamp((double) pattern.bets() / FULL_CONFIDENCE_SAMPLE);
        double score = 100 * (0.5 * a + 0.25 * b + 0.25 * c);
        double confidence = 0.6 * priceConfidence + 0.4 * sample;
        return new PatronScore(BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP));
    }

    private static double clamp(double x) {
        return Math.min(1.0, Math.max(0.0, x));
    }
}
