package com.monps.core.model;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SidePricesTest {

    /** Independent Poisson goals (ρ = 0): the total is Poisson(2.5), so its prices have a closed form. */
    private final ScoreGrid grid = ScoreGrid.of(1.5, 1.0, 0);

    @Test
    void overAndUnderTwoAndAHalfArePricedFromTheTotalsPoissonDistribution() {
        double underTwoAndAHalf = Math.exp(-2.5) * (1 + 2.5 + 2.5 * 2.5 / 2); // P(total ≤ 2) = 0.543813

        assertThat(price(Market.TOTALS, Outcome.UNDER, "2.5")).isCloseTo(1 / underTwoAndAHalf, within(1e-6));
        assertThat(price(Market.TOTALS, Outcome.OVER, "2.5")).isCloseTo(1 / (1 - underTwoAndAHalf), within(1e-6));
    }

    @Test
    void aQuarterHandicapPricesTheDrawAsHalfAStakeLostOrWon() {
        double home = grid.homeWin();
        double draw = grid.draw();
        double away = grid.awayWin();

        // home −0.25: wins on a home win, loses half on a draw; away +0.25 is the same line from the other side
        assertThat(price(Market.SPREADS, Outcome.HOME, "-0.25")).isCloseTo(1 + (away + draw / 2) / home, within(1e-9));
        assertThat(price(Market.SPREADS, Outcome.AWAY, "0.25")).isCloseTo(1 + home / (away + draw / 2), within(1e-9));
    }

    @Test
    void oneXTwoIsTheInverseProbabilityAndADrawOnSpreadsHasNoPrice() {
        assertThat(price(Market.H2H, Outcome.DRAW, null)).isCloseTo(1 / grid.draw(), within(1e-12));
        assertThatThrownBy(() -> SidePrices.of(grid, Market.SPREADS, Outcome.DRAW, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SidePrices.of(grid, Market.TOTALS, Outcome.OVER, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private double price(Market market, Outcome outcome, String point) {
        return SidePrices.of(grid, market, outcome, point == null ? null : new BigDecimal(point)).fairOdds();
    }
}
