package com.monps.core.agents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What agent C keeps of history: each group's unit returns, and its verdict (ROI %, sample, p-value of "ROI > 0")
 * once the group holds at least {@code minimumSample} bets.
 */
final class GroupReturns<K extends PatternKey> {

    private final Map<K, List<Double>> returns = new HashMap<>();
    private final int minimumSample;
    private final double significance;

    GroupReturns(int minimumSample, double significance) {
        this.minimumSample = minimumSample;
        this.significance = significance;
    }

    void add(K group, double unitReturn) {
        returns.computeIfAbsent(group, g -> new ArrayList<>()).add(unitReturn);
    }

    /** The group's verdict; none for a group with fewer than the minimum sample (too few bets to say anything). */
    Optional<PatternVerdict> verdict(K group) {
        List<Double> groupReturns = returns.getOrDefault(group, List.of());
        if (groupReturns.size() < minimumSample) {
            return Optional.empty();
        }
        double[] values = groupReturns.stream().mapToDouble(Double::doubleValue).toArray();
        double roiPct = Arrays.stream(values).average().orElseThrow() * 100;
        double pValue = Significance.pValueMeanAboveZero(values);
        return Optional.of(new PatternVerdict(group, values.length, roiPct, pValue, roiPct > 0 && pValue < significance));
    }
}
