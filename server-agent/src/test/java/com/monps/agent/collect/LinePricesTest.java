package com.monps.agent.collect;

import com.monps.agent.oddsapi.OddsEvent;
import com.monps.agent.oddsapi.OddsEvent.Bookmaker;
import com.monps.agent.oddsapi.OddsEvent.Price;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LinePricesTest {

    private static final Instant NOW = Instant.parse("2030-08-10T12:00:00Z");

    private static OddsEvent event(OddsEvent.Market... markets) {
        return new OddsEvent("e1", "soccer_epl", "EPL", NOW.plusSeconds(86_400), "Arsenal", "Wolves",
                List.of(new Bookmaker("pinnacle", "Pinnacle", NOW, List.of(markets))));
    }

    private static OddsEvent.Market market(String key, Price... prices) {
        return new OddsEvent.Market(key, NOW.minusSeconds(30), List.of(prices));
    }

    private static Price price(String name, String value, String point) {
        return new Price(name, new BigDecimal(value), point == null ? null : new BigDecimal(point));
    }

    @Test
    void severalLinesOfOneMarketBecomeOneRowEachKeyedByPoint() {
        List<LinePrice> rows = LinePrices.of(event(market("totals",
                price("Over", "1.90", "2.5"), price("Under", "1.95", "2.5"),
                price("Over", "2.10", "2.75"), price("Under", "1.78", "2.75"))), NOW);

        assertThat(rows).extracting(LinePrice::market, LinePrice::point, LinePrice::overHome, LinePrice::underAway)
                .containsExactly(tuple(Market.TOTALS, new BigDecimal("2.50"), new BigDecimal("1.90"), new BigDecimal("1.95")),
                        tuple(Market.TOTALS, new BigDecimal("2.75"), new BigDecimal("2.10"), new BigDecimal("1.78")));
        assertThat(rows.getFirst().bookmakerLastUpdate()).isEqualTo(NOW.minusSeconds(30));
    }

    @Test
    void aSpreadsRowIsKeyedByTheHomeHandicapWhicheverTeamIsListedFirst() {
        List<LinePrice> rows = LinePrices.of(event(market("spreads",
                price("Wolves", "1.86", "0.25"), price("Arsenal", "2.04", "-0.25"))), NOW);

        assertThat(rows).extracting(LinePrice::point, LinePrice::overHome, LinePrice::underAway)
                .containsExactly(tuple(new BigDecimal("-0.25"), new BigDecimal("2.04"), new BigDecimal("1.86")));
    }

    @Test
    void aLoneSideAnUnknownNameAPointOffTheGridAndOtherMarketsAreSkipped() {
        List<LinePrice> rows = LinePrices.of(event(
                market("totals", price("Over", "1.90", "2.5"), price("Under", "1.95", "2.5"), price("Over", "1.50", "1.5")),
                market("spreads", price("Arsenal", "1.90", "-0.3"), price("Wolves", "1.90", "0.3"),
                        price("Chelsea", "1.90", "0.5")),
                market("btts", price("Yes", "1.80", null), price("No", "2.00", null)),
                market("h2h", price("Arsenal", "1.50", null), price("Wolves", "6.00", null), price("Draw", "4.00", null))), NOW);

        assertThat(rows).extracting(LinePrice::market, LinePrice::point)
                .containsExactly(tuple(Market.TOTALS, new BigDecimal("2.50")));
    }
}
