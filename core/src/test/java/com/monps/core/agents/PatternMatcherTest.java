package com.monps.core.agents;

import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PatternMatcherTest {

    private static final double[] HOME_FAVOURITE = {1.80, 3.60, 4.50};

    @Test
    void measuresTheReturnOfAGroupWithItsSampleAndSignificance() {
        // 400 EPL matches, home favourite at 1.80 winning 260 (65 %): ROI = 0.65 × 0.80 − 0.35 = +17 %
        PatternMatcher matcher = PatternMatcher.learn(history("EPL", 400, 260), 100, 0.05);

        PatternVerdict verdict = matcher.verdict("EPL", Outcome.HOME, new double[] {1.75, 3.80, 4.80}).orElseThrow();

        assertThat(verdict.group()).isEqualTo(new PatternGroup("EPL", Outcome.HOME, true, "1.50-1.99"));
        assertThat(verdict.bets()).isEqualTo(400);
        assertThat(verdict.roiPct()).isCloseTo(17.0, within(1e-9));
        // returns +0.8 (×260) and −1 (×140): mean 0.17, sample sd 0.85976, z = 0.17 / (0.85976 / 20) = 3.9546
        assertThat(verdict.pValue()).isCloseTo(3.83e-5, within(2e-6));
        assertThat(verdict.flagged()).isTrue();
    }

    @Test
    void aLosingGroupIsNeverFlagged() {
        PatternMatcher matcher = PatternMatcher.learn(history("EPL", 400, 200), 100, 0.05);

        PatternVerdict verdict = matcher.verdict("EPL", Outcome.HOME, HOME_FAVOURITE).orElseThrow();

        assertThat(verdict.roiPct()).isCloseTo(-10.0, within(1e-9));
        assertThat(verdict.flagged()).isFalse();
    }

    @Test
    void fallsBackToAllLeaguesAndNeverJudgesASmallGroup() {
        List<PatternSample> history = new ArrayList<>(history("EPL", 60, 40));
        history.addAll(history("Serie A", 60, 40));

        PatternMatcher matcher = PatternMatcher.learn(history, 100, 0.05);

        assertThat(matcher.verdict("EPL", Outcome.HOME, HOME_FAVOURITE).orElseThrow().group().league())
                .isEqualTo(PatternGroup.ALL_LEAGUES);
        assertThat(PatternMatcher.learn(history("EPL", 99, 90), 100, 0.05).verdict("EPL", Outcome.HOME, HOME_FAVOURITE)).isEmpty();
    }

    private static List<PatternSample> history(String league, int matches, int homeWins) {
        List<PatternSample> samples = new ArrayList<>();
        for (int i = 0; i < matches; i++) {
            samples.add(new PatternSample(league, HOME_FAVOURITE, i < homeWins ? Outcome.HOME : Outcome.AWAY));
        }
        return samples;
    }
}
