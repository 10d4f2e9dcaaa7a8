package com.monps.core.agents;

import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.model.LineProbabilities;
import com.monps.core.model.ScoreGrid;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineAnomalyDetectorTest {

    /** Independent Poisson goals 1.5 and 1.0: its over 2.5 is 0.456187, its over 3 wins 0.242424 and pushes 0.213763. */
    private static final ScoreGrid MODEL = ScoreGrid.of(1.5, 1.0, 0);

    @Test
    void aPointQuotedByFewerThanTheMinimumOfBookmakersIsNotJudged() {
        LineMarket two = line(Market.TOTALS, "2.5", "pinnacle", "1.95/1.95", "bet365", "2.40/1.60");

        assertThat(new LineAnomalyDetector(AnomalySettings.DEFAULTS).detect(two, null, null)).isEmpty();
    }

    @Test
    void withoutPinnacleTheConsensusOfTheBookmakersAtThePointIsTheFairPrice() {
        // over de-vigged per book: 0.5, (1/1.90) ÷ (1/1.90 + 1/2.25) = 0.542169, (1/2.00) ÷ (1/2.00 + 1/1.80) = 0.473684;
        // mean 0.505284, so under 0.494716: unibet's under 2.25 has EV 2.25 × 0.494716 − 1 = 0.113111, nothing else 3 %
        LineMarket line = line(Market.TOTALS, "2.5", "bet365", "1.95/1.95", "unibet_eu", "1.90/2.25", "williamhill", "2.00/1.80");

        List<Finding> findings = new LineAnomalyDetector(AnomalySettings.DEFAULTS).detect(line, null, null);

        assertThat(findings).filteredOn(f -> f.rule() == Rule.VALUE).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.UNDER);
            assertThat(f.bookmaker()).isEqualTo("unibet_eu");
            assertThat(f.fair().source()).isEqualTo(FairSource.CONSENSUS);
            assertThat(f.expectedValue()).isCloseTo(0.113111, within(1e-6));
            // unibet's pair sums to 1/1.90 + 1/2.25 = 0.970 < 1, which Shin cannot de-vig: no Shin consensus
            assertThat(f.fair().devigs()).containsOnlyKeys("multiplicative", "additive", "power", "odds_ratio",
                    "logarithmic", "margin_weighted");
            assertThat(f.fair().devigs().get("multiplicative")).isCloseTo(0.494716, within(1e-6));
        });
    }

    @Test
    void theModelPricesAWholeLineWithItsPushesAndTheDisagreementRuleSpeaksWhenOn() {
        // Over 3 goals, Pinnacle 2.40/1.60: p = 0.4; the model wins 0.242424 and pushes 0.213763 (3 goals exactly),
        // so its fair odds are 1 + 0.543813 / 0.242424 = 3.2432 and its p 0.308334: far below the market's.
        // Under 3 at bet365 1.75: model EV = 0.543813 × 0.75 − 0.242424 = 0.165436; gap |0.691666 − 0.6| = 0.0917
        LineMarket line = line(Market.TOTALS, "3", "pinnacle", "2.40/1.60", "bet365", "2.30/1.75", "unibet_eu", "2.35/1.62");
        LineProbabilities over3 = MODEL.over(3);
        assertThat(over3.win()).isCloseTo(0.242424, within(1e-6));
        assertThat(over3.push()).isCloseTo(0.213763, within(1e-6));

        List<Finding> off = new LineAnomalyDetector(AnomalySettings.DEFAULTS).detect(line, MODEL, MODEL);
        List<Finding> on = new LineAnomalyDetector(new AnomalySettings(0.15, 0.03, 3, 0, 0.05)).detect(line, MODEL, MODEL);

        assertThat(off).extracting(Finding::rule).doesNotContain(Rule.MODEL_DISAGREEMENT);
        // (unibet's 1.62 and Pinnacle's own 1.60 are also above 3 % against the model: 0.094740 and 0.083864)
        assertThat(on).filteredOn(f -> f.rule() == Rule.MODEL_DISAGREEMENT).extracting(Finding::bookmaker)
                .containsExactly("bet365", "pinnacle", "unibet_eu");
        assertThat(on).filteredOn(f -> f.rule() == Rule.MODEL_DISAGREEMENT).first().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.UNDER);
            assertThat(f.edge()).isCloseTo(0.165436, within(1e-6));
            assertThat(f.fair().modelProbability()).isCloseTo(0.691666, within(1e-6));
        });
    }

    @Test
    void aFullModelWeightMovesTheFairViewOntoTheModelsFiveResults() {
        LineMarket line = line(Market.TOTALS, "3", "pinnacle", "2.40/1.60", "bet365", "2.30/1.75", "unibet_eu", "2.35/1.62");

        List<Finding> findings = new LineAnomalyDetector(new AnomalySettings(0.15, 0.03, 3, 1, 0)).detect(line, MODEL, MODEL);

        // weight 1: the under's view is the model's (win 0.543813, push 0.213763): EV 0.165436 as above, fair p 0.691666
        assertThat(findings).filteredOn(f -> f.rule() == Rule.VALUE && f.bookmaker().equals("bet365")).singleElement()
                .satisfies(f -> {
                    assertThat(f.expectedValue()).isCloseTo(0.165436, within(1e-6));
                    assertThat(f.fairProbability()).isCloseTo(0.691666, within(1e-6));
                    assertThat(f.fair().settlement().push()).isCloseTo(0.213763, within(1e-6));
                });
    }

    /** Pairs of (bookmaker, "over/under") or (bookmaker, "home/away") at one point of match m1. */
    private static LineMarket line(Market market, String point, String... bookmakerAndPrices) {
        TreeMap<String, LinePrice> quotes = new TreeMap<>();
        for (int i = 0; i < bookmakerAndPrices.length; i += 2) {
            String[] p = bookmakerAndPrices[i + 1].split("/");
            quotes.put(bookmakerAndPrices[i], new LinePrice(Markets.MATCH.id(), bookmakerAndPrices[i], market, new BigDecimal(point),
                    new BigDecimal(p[0]), new BigDecimal(p[1]), Instant.parse("2024-08-16T10:00:00Z"), null));
        }
        return new LineMarket(Markets.MATCH, market, new BigDecimal(point).setScale(2), quotes);
    }
}
