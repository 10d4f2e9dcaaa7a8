package com.monps.core.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FairProbabilitiesTest {

    private static final double TIGHT = 1e-12;

    @Test
    void multiplicativeDividesByTheBookSum() {
        // By hand: book 71/68, so p = (1/2, 1/3.4, 1/4) × 68/71 = (34, 20, 17) / 71.
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, 2.0, 3.4, 4.0);

        assertThat(fair.probability(0)).isCloseTo(34.0 / 71, within(TIGHT));
        assertThat(fair.probability(1)).isCloseTo(20.0 / 71, within(TIGHT));
        assertThat(fair.probability(2)).isCloseTo(17.0 / 71, within(TIGHT));
        assertThat(fair.shinZ()).isEmpty();
    }

    @Test
    void additiveSubtractsAnEqualShareOfTheMargin() {
        // By hand: margin 3/68 split over 3 is 1/68, so p = (34 − 1, 20 − 1, 17 − 1) / 68.
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.ADDITIVE, 2.0, 3.4, 4.0);

        assertThat(fair.probabilities()).satisfiesExactly(
                p -> assertThat(p).isCloseTo(33.0 / 68, within(TIGHT)),
                p -> assertThat(p).isCloseTo(19.0 / 68, within(TIGHT)),
                p -> assertThat(p).isCloseTo(16.0 / 68, within(TIGHT)));
    }

    @Test
    void additiveRejectsALongshotItWouldMakeNegativeRatherThanClamping() {
        // By hand: π = 0.990099 + 0.05 + 0.019608, margin share 0.019902 > π(51.0), so p(51.0) ≈ −0.000294.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FairProbabilities.fromOdds(DevigMethod.ADDITIVE, 1.01, 20.0, 51.0))
                .withMessageContaining("51.0")
                .withMessageContaining("-2.9");
    }

    @Test
    void powerSolvesOneExponentForEveryOutcome() {
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.POWER, 2.6, 2.4, 4.3);

        // The defining equations: p_i = π_i^k with the same k for all i, so ln p_i / ln π_i is constant.
        double k = Math.log(fair.probability(0)) / Math.log(1 / 2.6);
        assertThat(Math.log(fair.probability(1)) / Math.log(1 / 2.4)).isCloseTo(k, within(1e-10));
        assertThat(Math.log(fair.probability(2)) / Math.log(1 / 4.3)).isCloseTo(k, within(1e-10));
        // Not published: computed independently by bisection in Python (IEEE doubles, 200 halvings of [1, 50]).
        assertThat(k).isCloseTo(1.0321369539769223, within(1e-10));
        assertThat(fair.probabilities()).satisfiesExactly(
                p -> assertThat(p).isCloseTo(0.3729844040687095, within(1e-10)),
                p -> assertThat(p).isCloseTo(0.40510716745679765, within(1e-10)),
                p -> assertThat(p).isCloseTo(0.22190842847449296, within(1e-10)));
    }

    @Test
    void shinMatchesThePublishedThreeWayExample() {
        // Published: README of the Python package `shin` (github.com/mberk/shin, also on pypi.org/project/shin):
        // calculate_implied_probabilities([2.6, 2.4, 4.3]) -> [0.37299406033208965, 0.4047794109200184,
        // 0.2222265287474275], z = 0.01694251276407055 (its iteration stops at a change in z below 1e-12).
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.SHIN, 2.6, 2.4, 4.3);

        assertThat(fair.shinZ()).hasValueCloseTo(0.01694251276407055, within(1e-10));
        assertThat(fair.probabilities()).satisfiesExactly(
                p -> assertThat(p).isCloseTo(0.37299406033208965, within(1e-10)),
                p -> assertThat(p).isCloseTo(0.4047794109200184, within(1e-10)),
                p -> assertThat(p).isCloseTo(0.2222265287474275, within(1e-10)));
    }

    @Test
    void shinMatchesThePublishedTwoWayExampleWhichEqualsTheAdditiveMethod() {
        // Published: same README, calculate_implied_probabilities([1.5, 2.74]) -> [0.6508515815085157,
        // 0.3491484184914841], z = 0.03172728540646625; it notes that with two outcomes Shin equals additive.
        FairProbabilities shin = FairProbabilities.fromOdds(DevigMethod.SHIN, 1.5, 2.74);
        FairProbabilities additive = FairProbabilities.fromOdds(DevigMethod.ADDITIVE, 1.5, 2.74);

        assertThat(shin.shinZ()).hasValueCloseTo(0.03172728540646625, within(1e-10));
        assertThat(shin.probability(0)).isCloseTo(0.6508515815085157, within(1e-10));
        assertThat(shin.probability(1)).isCloseTo(0.3491484184914841, within(1e-10));
        assertThat(additive.probability(0)).isCloseTo(0.6508515815085157, within(1e-12));
    }

    @Test
    void shinOfAFairBookHasNoInsiders() {
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.SHIN, 2.0, 4.0, 4.0);

        assertThat(fair.shinZ()).hasValueCloseTo(0.0, within(1e-11));
        assertThat(fair.probabilities()).satisfiesExactly(
                p -> assertThat(p).isCloseTo(0.5, within(1e-11)),
                p -> assertThat(p).isCloseTo(0.25, within(1e-11)),
                p -> assertThat(p).isCloseTo(0.25, within(1e-11)));
    }

    @Test
    void shinRejectsABookBelowOneHundredPercent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FairProbabilities.fromOdds(DevigMethod.SHIN, 2.1, 2.1))
                .withMessageContaining("book sum");
    }

    @Test
    void oddsRatioScalesEveryOutcomesOddsByOneRatio() {
        // By hand, two outcomes at 1.5 and 2.5 (π = 2/3, 2/5, odds π/(1 − π) = 2 and 2/3): with p₂ = 1 − p₁ the two
        // equations π/(1 − π) = c p/(1 − p) multiply to 2 × 2/3 = c², so c = 2/√3, p₁/(1 − p₁) = √3, p₁ = √3/(1 + √3).
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.ODDS_RATIO, 1.5, 2.5);

        double root3 = Math.sqrt(3);
        assertThat(fair.probability(0)).isCloseTo(root3 / (1 + root3), within(1e-11));
        assertThat(fair.probability(1)).isCloseTo(1 / (1 + root3), within(1e-11));
    }

    @Test
    void oddsRatioOfAThreeWayMarketKeepsOneRatio() {
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.ODDS_RATIO, 2.0, 3.4, 4.0);

        double[] implied = {1 / 2.0, 1 / 3.4, 1 / 4.0};
        double ratio = odds(implied[0]) / odds(fair.probability(0));
        assertThat(odds(implied[1]) / odds(fair.probability(1))).isCloseTo(ratio, within(1e-10));
        assertThat(odds(implied[2]) / odds(fair.probability(2))).isCloseTo(ratio, within(1e-10));
        // The margin falls harder on the longshot than multiplicative's 20/71 and 17/71.
        assertThat(fair.probability(2)).isLessThan(17.0 / 71);
    }

    @Test
    void logarithmicShiftsTheLogOddsAndSoEqualsTheOddsRatio() {
        FairProbabilities logarithmic = FairProbabilities.fromOdds(DevigMethod.LOGARITHMIC, 1.5, 2.5);
        FairProbabilities threeWay = FairProbabilities.fromOdds(DevigMethod.LOGARITHMIC, 2.0, 3.4, 4.0);
        FairProbabilities oddsRatio = FairProbabilities.fromOdds(DevigMethod.ODDS_RATIO, 2.0, 3.4, 4.0);

        // By hand: logit p₁ = log 2 − s and logit p₂ = log(2/3) − s with p₁ + p₂ = 1, so s = ½ log(4/3), p₁ = √3/(1 + √3).
        assertThat(logarithmic.probability(0)).isCloseTo(Math.sqrt(3) / (1 + Math.sqrt(3)), within(1e-11));
        for (int i = 0; i < 3; i++) {
            assertThat(threeWay.probability(i)).isCloseTo(oddsRatio.probability(i), within(1e-10));
        }
    }

    @Test
    void marginWeightingGivesBuchdahlsFairOdds() {
        // By hand: M = 3/68, n = 3; fair odds of 2.0 = 3 × 2 / (3 − 2 × 3/68) = 408/198, so p = 33/68 (and 19/68, 16/68).
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MARGIN_WEIGHTED, 2.0, 3.4, 4.0);

        assertThat(fair.probabilities()).satisfiesExactly(
                p -> assertThat(p).isCloseTo(33.0 / 68, within(TIGHT)),
                p -> assertThat(p).isCloseTo(19.0 / 68, within(TIGHT)),
                p -> assertThat(p).isCloseTo(16.0 / 68, within(TIGHT)));
    }

    @Test
    void marginWeightingRejectsALongshotItWouldPriceAtNegativeOdds() {
        // By hand: M = 0.059707, n × 1/M = 50.2 < 51, so 51.0 has no positive fair odds.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FairProbabilities.fromOdds(DevigMethod.MARGIN_WEIGHTED, 1.01, 20.0, 51.0))
                .withMessageContaining("51.0");
    }

    private static double odds(double probability) {
        return probability / (1 - probability);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("methodsAndMarkets")
    void everyMethodSumsToOneAndKeepsTheFavouriteFirst(DevigMethod method, double[] oddsFromShortest) {
        FairProbabilities fair = FairProbabilities.fromOdds(method, oddsFromShortest);

        assertThat(fair.method()).isEqualTo(method);
        assertThat(fair.probabilities()).hasSize(oddsFromShortest.length).allSatisfy(p -> assertThat(p).isPositive());
        assertThat(fair.probabilities().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-10));
        assertThat(fair.probabilities()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(fair.shinZ().isPresent()).isEqualTo(method == DevigMethod.SHIN);
    }

    static Stream<Arguments> methodsAndMarkets() {
        double[][] markets = {{1.5, 2.74}, {1.91, 1.91}, {1.25, 6.0, 13.0}, {2.0, 3.4, 4.0}, {2.4, 2.6, 4.3}};
        return Stream.of(DevigMethod.values())
                .flatMap(method -> Stream.of(markets).map(odds -> Arguments.of(method, odds)));
    }

    @ParameterizedTest
    @EnumSource(DevigMethod.class)
    void rejectsOddsNotAboveOne(DevigMethod method) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FairProbabilities.fromOdds(method, 1.8, 1.0))
                .withMessageContaining("1.0");
    }

    @Test
    void probabilitiesAreImmutable() {
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, 1.9, 1.9);

        assertThatThrownBy(() -> fair.probabilities().set(0, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
