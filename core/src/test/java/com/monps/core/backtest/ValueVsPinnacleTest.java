package com.monps.core.backtest;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.monps.core.backtest.Histories.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ValueVsPinnacleTest {

    // Pinnacle 2.00 / 3.60 / 4.00: book sum 0.5 + 0.2778 + 0.25 = 1.02778, fair home = 0.5 / 1.02778 = 0.48649
    private static final Map<Bookmaker, com.monps.core.history.Prices> OPENING = Map.of(
            Bookmaker.PINNACLE, prices("2.00", "3.60", "4.00"),
            Bookmaker.BET365, prices("2.15", "3.40", "3.90"),
            Bookmaker.WILLIAM_HILL, prices("2.10", "3.50", "4.20"));

    @Test
    void backsTheBestSoftPriceWhenItsExpectedValueBeatsTheEdge() {
        List<Pick> picks = new ValueVsPinnacle(0.03).picks(preMatch(OPENING));

        // home: 2.15 × 0.48649 − 1 = +4.60 % > 3 %; draw: 3.50 × 0.27027 − 1 = −5.4 %; away: 4.20 × 0.24324 − 1 = +2.16 % < 3 %
        assertThat(picks).singleElement().satisfies(pick -> {
            assertThat(pick.outcome()).isEqualTo(Outcome.HOME);
            assertThat(pick.bookmaker()).isEqualTo(Bookmaker.BET365);
            assertThat(pick.price()).isEqualByComparingTo("2.15");
            assertThat(pick.fairProbability()).isCloseTo(0.486486, within(1e-6));
        });
    }

    @Test
    void aLowerEdgeAlsoTakesTheAwayPrice() {
        assertThat(new ValueVsPinnacle(0.02).picks(preMatch(OPENING)))
                .extracting(Pick::outcome, Pick::bookmaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.HOME, Bookmaker.BET365),
                        org.assertj.core.groups.Tuple.tuple(Outcome.AWAY, Bookmaker.WILLIAM_HILL));
    }

    @Test
    void neverBetsWithoutPinnacleNorAtPinnacle() {
        assertThat(new ValueVsPinnacle(0.0).picks(preMatch(Map.of(Bookmaker.BET365, prices("2.15", "3.40", "3.90"))))).isEmpty();
        assertThat(new ValueVsPinnacle(-0.5).picks(preMatch(Map.of(Bookmaker.PINNACLE, prices("2.00", "3.60", "4.00"))))).isEmpty();
    }

    private static PreMatch preMatch(Map<Bookmaker, com.monps.core.history.Prices> opening) {
        return PreMatch.of(Histories.match("m", "2024-08-17T14:00:00Z", Outcome.HOME, opening, Map.of()));
    }
}
