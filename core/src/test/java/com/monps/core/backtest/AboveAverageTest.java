package com.monps.core.backtest;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.monps.core.backtest.Histories.prices;
import static org.assertj.core.api.Assertions.assertThat;

class AboveAverageTest {

    @Test
    void backsAPriceMoreThanFifteenPercentAboveTheMarketMean() {
        // away prices 4.0, 4.0, 5.2: mean 4.4, 5.2 / 4.4 = +18.2 %; home 2.0, 2.0, 2.1: mean 2.033, +3.3 %
        var opening = Map.of(
                Bookmaker.PINNACLE, prices("2.00", "3.50", "4.00"),
                Bookmaker.BET365, prices("2.00", "3.40", "4.00"),
                Bookmaker.BETVICTOR, prices("2.10", "3.30", "5.20"));

        var picks = new AboveAverage(0.15).picks(PreMatch.of(Histories.match("m", "2024-08-17T14:00:00Z", Outcome.AWAY, opening, Map.of())));

        assertThat(picks).singleElement().satisfies(pick -> {
            assertThat(pick.outcome()).isEqualTo(Outcome.AWAY);
            assertThat(pick.bookmaker()).isEqualTo(Bookmaker.BETVICTOR);
            assertThat(pick.price()).isEqualByComparingTo("5.20");
        });
        assertThat(new AboveAverage(0.20).picks(PreMatch.of(Histories.match("m", "2024-08-17T14:00:00Z", Outcome.AWAY, opening, Map.of()))))
                .isEmpty();
    }

    @Test
    void needsThreeBookmakers() {
        var opening = Map.of(Bookmaker.PINNACLE, prices("2.00", "3.50", "4.00"), Bookmaker.BETVICTOR, prices("2.10", "3.30", "9.00"));

        assertThat(new AboveAverage(0.15).picks(PreMatch.of(Histories.match("m", "2024-08-17T14:00:00Z", Outcome.AWAY, opening, Map.of()))))
                .isEmpty();
    }
}
