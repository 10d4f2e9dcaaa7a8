package com.monps.core.agents;

import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class AnomalyDetectorTest {

    private final AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);

    @Test
    void findsValueAgainstPinnacleAndPricesFarAboveTheMarketMean() {
        // Pinnacle fair: home 0.486486, draw 0.270270, away 0.243243 (book sum 1.027778)
        Market market = Markets.market(
                "pinnacle", "2.00/3.60/4.00",
                "bet365", "2.15/3.40/3.90",
                "williamhill", "2.10/3.50/4.20",
                "betvictor", "2.00/3.40/5.20");

        List<Finding> findings = detector.detect(market);

        // bet365 home: 2.15 × 0.486486 − 1 = +4.59 %; betvictor away: 5.20 × 0.243243 − 1 = +26.49 % (value) and
        // 5.20 / mean(4.00, 3.90, 4.20, 5.20) = 5.20 / 4.325 − 1 = +20.23 % (above average)
        assertThat(findings).extracting(Finding::rule, Finding::bookmaker, Finding::outcome).containsExactlyInAnyOrder(
                tuple(Rule.VALUE, "bet365", Outcome.HOME),
                tuple(Rule.VALUE, "betvictor", Outcome.AWAY),
                tuple(Rule.ABOVE_AVERAGE, "betvictor", Outcome.AWAY));
        Finding home = findings.stream().filter(f -> f.bookmaker().equals("bet365")).findFirst().orElseThrow();
        assertThat(home.edge()).isCloseTo(0.045946, within(1e-6));
        Finding average = findings.stream().filter(f -> f.rule() == Rule.ABOVE_AVERAGE).findFirst().orElseThrow();
        assertThat(average.edge()).isCloseTo(0.202312, within(1e-6));
        assertThat(average.expectedValue()).isCloseTo(0.264865, within(1e-6));
        // Pinnacle present, 4 bookmakers: 1.0 × 4 / 5
        assertThat(home.confidence()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void twoWayMarketsAreDeViggedOverHomeAndAwayAndNeverOfferADraw() {
        // Pinnacle 1.80/2.10: implied 0.555556 + 0.476190 = 1.031746, fair home 0.538462, away 0.461538
        Market market = Markets.market(
                "pinnacle", "1.80/2.10",
                "draftkings", "1.95/1.95",
                "fanduel", "1.75/2.15");

        List<Finding> findings = detector.detect(market);

        // draftkings home: 1.95 × 0.538462 − 1 = +5.00 %; fanduel away 2.15 × 0.461538 − 1 = −0.77 %
        assertThat(market.outcomes()).containsExactly(Outcome.HOME, Outcome.AWAY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.VALUE);
            assertThat(f.bookmaker()).isEqualTo("draftkings");
            assertThat(f.outcome()).isEqualTo(Outcome.HOME);
            assertThat(f.expectedValue()).isCloseTo(0.05, within(1e-6));
            assertThat(f.fairProbability()).isCloseTo(0.538462, within(1e-6));
        });
    }

    @Test
    void aBookmakerWithoutADrawIsLeftOutOfA1X2Market() {
        Market market = Markets.market(
                "pinnacle", "2.00/3.60/4.00",
                "bet365", "2.15/3.40/3.90",
                "broken", "2.60/4.80");

        assertThat(market.twoWay()).isFalse();
        assertThat(market.latest()).containsOnlyKeys("pinnacle", "bet365");
    }

    @Test
    void usesTheConsensusWithoutPinnacle() {
        Market market = Markets.market(
                "bet365", "2.00/3.50/4.00",
                "williamhill", "2.00/3.50/4.00",
                "betvictor", "2.30/3.50/4.00");

        List<Finding> findings = detector.detect(market);

        // consensus home = mean of 0.482759, 0.482759, 0.448 (each book de-vigged) = 0.471172; 2.30 × 0.471172 − 1 = +8.37 %
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.VALUE);
            assertThat(f.fair().source()).isEqualTo(FairSource.CONSENSUS);
            assertThat(f.expectedValue()).isCloseTo(0.083697, within(1e-6));
            assertThat(f.confidence()).isCloseTo(0.6 * 3 / 5, within(1e-12));
        });
    }

    @Test
    void staysSilentOnAMarketWithTooFewBookmakers() {
        assertThat(detector.detect(Markets.market("pinnacle", "2.00/3.60/4.00", "bet365", "3.00/3.40/3.90"))).isEmpty();
    }
}
