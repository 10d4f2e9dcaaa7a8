package com.monps.core.agents;

import com.monps.core.domain.Market;

import java.util.List;
import java.util.Optional;

/** Agent C's two memories, 1X2 and lines, and the verdict of a finding from the one of its market. */
final class Patterns {

    private final PatternMatcher h2h;
    private final LinePatternMatcher lines;

    Patterns(List<PatternSample> h2hHistory, List<LinePatternSample> lineHistory, int minimumSample, double significance) {
        this.h2h = PatternMatcher.learn(h2hHistory, minimumSample, significance);
        this.lines = LinePatternMatcher.learn(lineHistory, minimumSample, significance);
    }

    Optional<PatternVerdict> verdict(Finding finding) {
        String league = finding.match().league() == null ? finding.match().sportKey() : finding.match().league();
        return finding.market() == Market.H2H
                ? h2h.verdict(league, finding.outcome(), finding.marketMeans())
                : lines.verdict(league, finding.market(), finding.outcome(), finding.point());
    }
}
