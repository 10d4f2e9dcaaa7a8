package com.monps.core.agents;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinePatternMatcherTest {

    @Test
    void learnsEachSideOfTheTotalsLineInItsBucket() {
        // 120 EPL matches closing over/under 2.5 at 1.90/1.90, 70 of them with 3 goals or more:
        // over (70 × 0.90 − 50) / 120 = +10.83 %, under (50 × 0.90 − 70) / 120 = −20.83 %
        List<LinePatternSample> history = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            history.add(new LinePatternSample("EPL", Market.TOTALS, new BigDecimal("2.50"), 1.90, 1.90, i < 70 ? 2 : 1, 1));
        }
        LinePatternMatcher matcher = LinePatternMatcher.learn(history, 100, 0.05);

        PatternVerdict over = matcher.verdict("EPL", Market.TOTALS, Outcome.OVER, new BigDecimal("2.50")).orElseThrow();
        assertThat(over.group()).isEqualTo(new LinePatternGroup("EPL", Market.TOTALS, Outcome.OVER, "2.5"));
        assertThat(over.group().label()).isEqualTo("EPL, totals over at 2.5");
        assertThat(over.bets()).isEqualTo(120);
        assertThat(over.roiPct()).isCloseTo(10.8333, within(1e-3));
        assertThat(matcher.verdict("EPL", Market.TOTALS, Outcome.UNDER, new BigDecimal("2.50")).orElseThrow().roiPct())
                .isCloseTo(-20.8333, within(1e-3));
        assertThat(matcher.verdict("EPL", Market.TOTALS, Outcome.OVER, new BigDecimal("3.00")))
                .as("another bucket: nothing learnt").isEmpty();
    }

    @Test
    void settlesQuarterLinesByTheirHalvesAndBucketsTheAwaySideByItsOwnHandicap() {
        // home −0.25 at 2.00 / away +0.25 at 1.90 over 100 matches: 40 home wins, 30 draws, 30 away wins.
        // home: 40 × (+1) + 30 × (−0.5, half lost) + 30 × (−1) = −5 → −5 %;
        // away +0.25: 40 × (−1) + 30 × (+0.45, half won) + 30 × (+0.90) = +0.5 → +0.5 %
        List<LinePatternSample> history = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int home = i < 40 ? 2 : 1;
            int away = i < 40 ? 0 : i < 70 ? 1 : 2;
            history.add(new LinePatternSample("Serie A", Market.SPREADS, new BigDecimal("-0.25"), 2.00, 1.90, home, away));
        }
        LinePatternMatcher matcher = LinePatternMatcher.learn(history, 100, 0.05);

        PatternVerdict home = matcher.verdict("EPL", Market.SPREADS, Outcome.HOME, new BigDecimal("-0.25")).orElseThrow();
        assertThat(home.group()).isEqualTo(new LinePatternGroup(PatternGroup.ALL_LEAGUES, Market.SPREADS, Outcome.HOME, "-1 to -0.25"));
        assertThat(home.roiPct()).isCloseTo(-5.0, within(1e-9));
        PatternVerdict away = matcher.verdict("Serie A", Market.SPREADS, Outcome.AWAY, new BigDecimal("0.25")).orElseThrow();
        assertThat(away.group().label()).isEqualTo("Serie A, spreads away at +0.25 to +1");
        assertThat(away.roiPct()).isCloseTo(0.5, within(1e-9));
        assertThat(away.flagged()).isFalse();
    }
}
