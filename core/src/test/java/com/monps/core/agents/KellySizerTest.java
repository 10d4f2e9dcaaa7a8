package com.monps.core.agents;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;
import com.monps.core.model.LineProbabilities;
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
    void oneMatchsOneXTwoTotalsAndSpreadsBetsShareTheMatchCap() {
        Match other = Match.upcoming("m2", "soccer_epl", "EPL", Markets.MATCH.commenceTime(), "Chelsea", "Everton");
        LineProbabilities quarter = new LineProbabilities(0.4213444, 0, 0, 0.2702703, 0.3083853);
        List<Finding> findings = List.of(
                finding("bet365", Outcome.HOME, "2.50", Rule.VALUE),
                line(Markets.MATCH, Market.TOTALS, "2.5", Outcome.OVER, "2.50", LineProbabilities.winOrLose(0.5)),
                line(Markets.MATCH, Market.SPREADS, "-0.25", Outcome.HOME, "2.60", quarter),
                line(other, Market.TOTALS, "2.5", Outcome.OVER, "2.50", LineProbabilities.winOrLose(0.5)));

        Map<Finding.BetKey, Sizing> sizes = sizer.size(new BigDecimal("1000"), findings);

        // alone: 1X2 home 41.66, over 2.5 41.66 (p = 0.5 at 2.50, as above), home −0.25 at 2.60 44.75 (the quarter
        // line's five-result Kelly: f* = 0.179017, a quarter of it 4.475 %). Together 128.07 > 100 for match m1:
        // 41.66 × 100 / 128.07 = 32.52 and 44.75 × 100 / 128.07 = 34.94. Match m2's bet keeps its own cap.
        assertThat(sizes.values()).extracting(Sizing::stake).extracting(BigDecimal::toPlainString)
                .containsExactly("32.52", "32.52", "34.94", "41.66");
    }

    private static Finding line(Match match, Market market, String point, Outcome side, String price, LineProbabilities p) {
        double ev = p.expectedValue(Double.parseDouble(price));
        FairPrice fair = new FairPrice(1 / p.fairOdds(), p, FairSource.PINNACLE, 3, Double.NaN, Double.NaN, Map.of());
        return new Finding(match, market, new BigDecimal(point), side, "bet365", new BigDecimal(price), Rule.VALUE, ev, ev,
                new double[] {2.0, 2.0}, fair, 0.6);
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
