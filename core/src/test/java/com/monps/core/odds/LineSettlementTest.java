package com.monps.core.odds;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Goal totals and Asian handicaps settled per half-stake. Every expected figure is worked out by hand in the comment of
 * its row: the halves of the line, d for each half, then profit = sum of +stake/2 × (odds − 1), 0 or −stake/2.
 */
class LineSettlementTest {

    @ParameterizedTest(name = "{0} {1} {2} @ {3}, stake {4}, {5}-{6}: {7} {8}")
    @CsvSource({
            // over 2.5 (half line, whole stake on 2.5), 4 goals: d = 1.5 > 0 twice: 10 × 0.90
            "totals, over, 2.5, 1.90, 10.00, 3, 1, won, 9.00",
            // over 2.5, 2 goals: d = -0.5 twice
            "totals, over, 2.5, 1.90, 10.00, 1, 1, lost, -10.00",
            // over 3 (whole line), 3 goals: d = 0 twice: every half pushes
            "totals, over, 3, 2.00, 10.00, 2, 1, void, 0.00",
            // under 3, 2 goals: d = 1 twice: 10 × 0.85
            "totals, under, 3, 1.85, 10.00, 1, 1, won, 8.50",
            // over 2.25 = halves on 2 and 2.5; 2 goals: d = 0 (push), d = -0.5 (loses 5)
            "totals, over, 2.25, 1.95, 10.00, 2, 0, half_lost, -5.00",
            // over 2.25, 3 goals: d = 1 and 0.5, both win: 2 × 5 × 0.95
            "totals, over, 2.25, 1.95, 10.00, 2, 1, won, 9.50",
            // over 2.75 = halves on 2.5 and 3; 3 goals: d = 0.5 wins 5 × 1.10, d = 0 pushes
            "totals, over, 2.75, 2.10, 10.00, 3, 0, half_won, 5.50",
            // under 2.75, 3 goals: d = -0.5 loses 5, d = 0 pushes
            "totals, under, 2.75, 1.80, 10.00, 1, 2, half_lost, -5.00",
            // home -0.25 = halves on -0.5 and 0; 1-1: d = -0.5 loses 5, d = 0 pushes
            "spreads, home, -0.25, 1.95, 10.00, 1, 1, half_lost, -5.00",
            // home -0.25, 2-1: d = 0.5 and 1, both win: 2 × 5 × 0.95
            "spreads, home, -0.25, 1.95, 10.00, 2, 1, won, 9.50",
            // away +0.25 = halves on 0 and 0.5; 1-1: d = 0 pushes, d = 0.5 wins 5 × 0.95
            "spreads, away, 0.25, 1.95, 10.00, 1, 1, half_won, 4.75",
            // home -0.75 = halves on -1 and -0.5; 2-1: d = 0 pushes, d = 0.5 wins 5 × 1.02
            "spreads, home, -0.75, 2.02, 10.00, 2, 1, half_won, 5.10",
            // home -1 (whole), 2-1: d = 0 twice
            "spreads, home, -1, 2.40, 10.00, 2, 1, void, 0.00",
            // away +0.5 (half), 1-1: d = 0.5 twice: 10 × 0.80
            "spreads, away, 0.5, 1.80, 10.00, 1, 1, won, 8.00",
            // home -1.5, 2-1: d = -0.5 twice
            "spreads, home, -1.5, 3.00, 10.00, 2, 1, lost, -10.00",
            // away -0.75 = halves on -1 and -0.5; 0-2: d = 1 and 1.5, both win: 2 × 5 × 0.88
            "spreads, away, -0.75, 1.88, 10.00, 0, 2, won, 8.80",
            // odd cents: -10.01 / 2 = -5.005, rounded half up (away from zero) to -5.01
            "totals, over, 2.25, 1.95, 10.01, 1, 1, half_lost, -5.01",
            // odd cents: 5.005 × 0.97 = 4.85485, rounded to 4.85
            "totals, over, 2.75, 1.97, 10.01, 2, 1, half_won, 4.85",
    })
    void settlesEachHalfStakeByTheRules(String market, String side, String point, String odds, String stake, int home,
                                        int away, String status, String profit) {
        SettlementResult result = LineSettlement.settle(Market.fromCode(market), Outcome.fromCode(side), new BigDecimal(point),
                new BigDecimal(stake), new BigDecimal(odds), home, away);

        assertThat(result.status()).isEqualTo(BetStatus.fromCode(status));
        assertThat(result.profit()).isEqualByComparingTo(profit);
        assertThat(result.payout()).isEqualByComparingTo(new BigDecimal(stake).add(new BigDecimal(profit)));
        assertThat(result.finalScore()).isEqualTo(home + "-" + away);
    }

    @Test
    void aWonLineBetPaysWhatTheDatabaseChecksForAWonBet() {
        SettlementResult result = LineSettlement.settle(Market.SPREADS, Outcome.HOME, new BigDecimal("-0.25"),
                new BigDecimal("7.33"), new BigDecimal("1.917"), 2, 0);

        // 7.33 × 1.917 = 14.05161, rounded 14.05: the payout of a won bet whatever its market
        assertThat(result.payout()).isEqualByComparingTo("14.05");
        assertThat(result.profit()).isEqualByComparingTo("6.72");
    }

    @Test
    void theMatchResultAndScoreAreRecorded() {
        SettlementResult result = LineSettlement.settle(Market.TOTALS, Outcome.UNDER, new BigDecimal("2.5"),
                new BigDecimal("10.00"), new BigDecimal("1.90"), 0, 2);

        assertThat(result.actualResult()).isEqualTo(Outcome.AWAY);
    }

    @Test
    void refusesADrawOnSpreadsAnH2hMarketAndAPointOffTheQuarterGrid() {
        assertThatIllegalArgumentException().isThrownBy(() -> LineSettlement.settle(Market.SPREADS, Outcome.DRAW,
                BigDecimal.ZERO, new BigDecimal("10.00"), new BigDecimal("2.00"), 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> LineSettlement.settle(Market.H2H, Outcome.HOME,
                null, new BigDecimal("10.00"), new BigDecimal("2.00"), 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> LineSettlement.settle(Market.TOTALS, Outcome.OVER,
                new BigDecimal("2.3"), new BigDecimal("10.00"), new BigDecimal("2.00"), 1, 1))
                .withMessageContaining("multiple of 0.25");
    }

    @Test
    void theMarketDispatcherSettlesH2hAsBefore() {
        assertThat(Settlement.settle(Market.H2H, Outcome.DRAW, null, new BigDecimal("10.00"), new BigDecimal("3.40"), 1, 1))
                .isEqualTo(Settlement.settle(Outcome.DRAW, new BigDecimal("10.00"), new BigDecimal("3.40"), 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() ->
                Settlement.settle(Outcome.OVER, new BigDecimal("10.00"), new BigDecimal("2.00"), 1, 1));
    }
}
