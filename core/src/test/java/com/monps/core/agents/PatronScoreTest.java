package com.monps.core.agents;

import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PatronScoreTest {

    @Test
    void combinesValueStakeAndHistory() {
        // EV +5 % → a = 0.5; stake share 2.5 % of a 5 % cap → b = 0.5; p = 0.1 → c = 0.8
        Finding finding = finding(0.05);
        Sizing sizing = new Sizing(new BigDecimal("25.00"), 0.025, 5.0);
        PatternVerdict pattern = new PatternVerdict(new PatternGroup("EPL", Outcome.HOME, true, "1.50-1.99"), 500, 4.0, 0.1, false);

        PatronScore patron = PatronScore.of(finding, sizing, pattern, KellySettings.DEFAULTS);

        // 100 × (0.5 × 0.5 + 0.25 × 0.5 + 0.25 × 0.8) = 57.50; confidence 0.6 × 0.8 + 0.4 × 500 / 1000 = 0.680
        assertThat(patron.score()).isEqualByComparingTo("57.50");
        assertThat(patron.confidence()).isEqualByComparingTo("0.680");
    }

    @Test
    void withoutHistoryOrEdgeTheScoreStaysLow() {
        PatronScore patron = PatronScore.of(finding(-0.02), new Sizing(BigDecimal.ZERO, 0, -2.0), null, KellySettings.DEFAULTS);

        assertThat(patron.score()).isEqualByComparingTo("0.00");
        assertThat(patron.confidence()).isEqualByComparingTo("0.480");
    }

    @Test
    void saturatesAtOneHundred() {
        PatternVerdict strong = new PatternVerdict(new PatternGroup("EPL", Outcome.HOME, true, "1.50-1.99"), 5000, 9.0, 0.0, true);

        PatronScore patron = PatronScore.of(finding(0.30), new Sizing(new BigDecimal("50.00"), 0.05, 30.0), strong, KellySettings.DEFAULTS);

        assertThat(patron.score()).isEqualByComparingTo("100.00");
        assertThat(patron.confidence()).isEqualByComparingTo("0.880");
    }

    private static Finding finding(double ev) {
        FairMarket fair = new FairMarket(new double[] {0.5, 0.25, 0.25}, FairSource.PINNACLE, 4);
        return new Finding(Markets.MATCH, Outcome.HOME, "bet365", new BigDecimal("2.10"), Rule.VALUE, ev, ev,
                new double[] {2.0, 4.0, 4.0}, fair, 0.8);
    }
}
