package com.monps.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LineTest {

    @Test
    void aQuarterLineIsTwoHalfStakesOnItsNeighbours() {
        assertThat(Line.of("-0.25").halves()).containsExactly(new BigDecimal("-0.50"), new BigDecimal("0.00"));
        assertThat(Line.of("2.75").halves()).containsExactly(new BigDecimal("2.50"), new BigDecimal("3.00"));
        assertThat(Line.of("-1.75").isQuarter()).isTrue();
    }

    @Test
    void wholeAndHalfLinesKeepTheWholeStakeOnTheLine() {
        assertThat(Line.of("2.5").halves()).containsExactly(new BigDecimal("2.50"), new BigDecimal("2.50"));
        assertThat(Line.of("-1").halves()).containsExactly(new BigDecimal("-1.00"), new BigDecimal("-1.00"));
        assertThat(Line.of("0").isQuarter()).isFalse();
    }

    @Test
    void aPointOffTheQuarterGridIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Line.of("2.3")).withMessageContaining("multiple of 0.25");
        assertThatIllegalArgumentException().isThrownBy(() -> Line.of("0.125"));
    }

    @Test
    void aNewBetIsOnH2hWithoutAPointUnlessSaidOtherwise() {
        NewBet bet = NewBet.of("m1", "Arsenal", "Wolves", "soccer_epl", "EPL", Instant.parse("2024-08-17T14:00:00Z"),
                Outcome.HOME, new BigDecimal("1.95"), new BigDecimal("10.00"), "pinnacle");

        assertThat(bet.market()).isEqualTo(Market.H2H);
        assertThat(bet.point()).isNull();
        assertThat(bet.on(Market.SPREADS, new BigDecimal("-0.25")).point()).isEqualTo(new BigDecimal("-0.25"));
        assertThat(bet(Outcome.OVER, Market.TOTALS, "2.5").point()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void badCombinationsOfMarketOutcomeAndPointAreRefusedNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.DRAW, Market.SPREADS, "0"))
                .withMessage("outcome: a spreads bet backs home or away, not draw");
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.OVER, Market.TOTALS, "2.3"))
                .withMessage("point: must be a multiple of 0.25 (got 2.3)");
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.HOME, Market.H2H, "0.5"))
                .withMessage("point: an h2h bet has no point (got 0.5)");
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.OVER, Market.TOTALS, null))
                .withMessageStartingWith("point: a totals bet needs a point");
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.HOME, Market.SPREADS, null))
                .withMessageStartingWith("point: a spreads bet needs a point");
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.OVER, Market.H2H, null))
                .withMessage("outcome: an h2h bet backs home, draw or away, not over");
        assertThatIllegalArgumentException().isThrownBy(() -> bet(Outcome.UNDER, Market.TOTALS, "-1"))
                .withMessageStartingWith("point: a goal line must be above 0");
    }

    private static NewBet bet(Outcome outcome, Market market, String point) {
        return new NewBet("m1", "Arsenal", "Wolves", "soccer_epl", "EPL", Instant.parse("2024-08-17T14:00:00Z"), outcome,
                new BigDecimal("1.95"), new BigDecimal("10.00"), "pinnacle", null, null, null, false, null, null, null,
                market, point == null ? null : new BigDecimal(point));
    }
}
