package com.monps.core.agents;

import com.monps.core.model.ScoreGrid;

import java.util.ArrayList;
import java.util.List;

/**
 * Agent A over every market of one match, with agent E's view of it: the 1X2 market ({@link AnomalyDetector}, with E's
 * home, draw and away probabilities) and each line ({@link LineAnomalyDetector}, with E's score grid, and the grid the
 * 1X2 prices imply for the push and half results).
 */
final class MatchDetector {

    private final AnomalyDetector h2h;
    private final LineAnomalyDetector lines;
    private final GoalModelBook models;

    MatchDetector(AnomalySettings settings, GoalModelBook models) {
        this.h2h = new AnomalyDetector(settings);
        this.lines = new LineAnomalyDetector(settings);
        this.models = models;
    }

    List<Finding> detect(MatchMarkets match) {
        ScoreGrid model = models.grid(match.match()).orElse(null);
        List<Finding> findings = new ArrayList<>();
        if (match.h2h() != null) {
            findings.addAll(h2h.detect(match.h2h(), model == null ? null : new double[] {model.homeWin(), model.draw(), model.awayWin()}));
        }
        if (!match.lines().isEmpty()) {
            ScoreGrid shape = LineAnomalyDetector.shape(match.h2h(), model);
            match.lines().forEach(line -> findings.addAll(lines.detect(line, shape, model)));
        }
        return findings;
    }
}
