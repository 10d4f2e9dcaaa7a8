package com.monps.core.agents;

import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KellySizerTest {

    private static final FairMarket EVEN = new FairMarket(new double[] {0.5, 0.25, 0.25}, FairSource.PINNACLE, 4);
    private final KellySizer sizer = new KellySizer(KellySettings.DEFAULTS);

    @Test
    void stakesQuarterKellyOfTheBankroll() {
        // p = 0.5 at 2.50: full Kelly (1.5 × 0.5 − 0.5) / 1.5 = 1/6; a quarter of it on 1000 = 41.66 (rounded down)
        Map<Finding.BetKey, Sizing> sizes = sizer.size(new BigDecimal("1000"), List.of(finding("bet365", Outcome.HOME, "2.50", Rule.VALUE)));

        Sizing sizing = sizes.values().iterator().next();
        assertThat(sizing.stake()).isEqualByComparingTo("41.66");
        assertThat(sizing.edgePct()).isCloseTo(25.0, within(1e-9));
        assertThat(sizing.bankrollShare()).isCloseTo(0.04166, within(1e-9));
    }

    @Test
    void capsOneBetAtFivePercent() {
        // p = 0.5 at 5.00: quarter Kelly = 0.25 × (4 × 0.5 − 0.5) / 4 = 9.4 %, capped to 5 % = 50.00
        Map<Finding.BetKey, Sizing> sizes = sizer.size(new BigDecimal("1000"), List.of(finding("bet365", Outcome.HOME, "5.00", Rule.VALUE)));

        assertThat(sizes.values().iterator().next().stake()).isEqualByComparingTo("50.00");
    }

    @Test
    void scalesTheBetsOfOneMatchDownToTenPercentAndSizesEachBetOnce() {
        List<Finding> findings = List.of(
                finding("bet365", Outcome.HOME, "2.50", Rule.VALUE),
                finding("bet365", Outcome.HOME, "2.50", Rule.ABOVE_AVERAGE),
                finding("williamhill", Outcome.HOME, "2.50", Rule.VALUE),
                finding("betvictor", Outcome.HOME, "2.50", Rule.VALUE));

        Map<Finding.BetKey, Sizing> sizes = sizer.size(new BigDecimal("1000"), findings);

        // 3 × 41.66 = 124.98 > 100: each becomes 41.66 × 100 / 124.98 = 33.33
        assertThat(sizes).hasSize(3);
        assertThat(sizes.values()).allSatisfy(s -> assertThat(s.stake()).isEqualByComparingTo("33.33"));
    }

    @Test
    void noEdgeNoStake() {
        Map<Finding.BetKey, Sizing> sizes = sizer.size(new BigDecimal("1000"), List.of(finding("bet365", Outcome.HOME, "1.90", Rule.ABOVE_AVERAGE)));

        assertThat(sizes.values().iterator().next().stake()).isEqualByComparingTo("0");
    }

    static Finding finding(String bookmaker, Outcome outcome, String price, Rule rule) {
        double ev = Double.parseDouble(price) * EVEN.probability(outcome) - 1;
        return new Finding(Markets.MATCH, outcome, bookmaker, new BigDecimal(price), rule, ev, ev,
                new double[] {2.0, 4.0, 4.0}, EVEN, 0.8);
    }
}
