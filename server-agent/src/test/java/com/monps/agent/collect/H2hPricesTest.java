package com.monps.agent.collect;

import com.monps.agent.oddsapi.OddsEvent;
import com.monps.agent.oddsapi.OddsEvent.Bookmaker;
import com.monps.agent.oddsapi.OddsEvent.Market;
import com.monps.agent.oddsapi.OddsEvent.Price;
import com.monps.core.domain.OddsSnapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class H2hPricesTest {

    private static final Instant NOW = Instant.parse("2030-08-10T12:00:00Z");
    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");

    private static OddsEvent event(String home, String away, Bookmaker... books) {
        return new OddsEvent("e1", "soccer_epl", "EPL", KICK_OFF, home, away, List.of(books));
    }

    private static Market h2h(String key, Price... prices) {
        return new Market(key, NOW.minusSeconds(60), List.of(prices));
    }

    private static Price price(String name, String value) {
        return new Price(name, new BigDecimal(value));
    }

    @Test
    void matchesOutcomesToHomeAndAwayByNameWhateverTheirOrder() {
        Bookmaker book = new Bookmaker("unibet_eu", "unibet_eu", NOW.minusSeconds(90), List.of(
                h2h("h2h", price("Fulham", "5.5"), price("Manchester United", "1.53"), price("Draw", "4.3"))));

        List<OddsSnapshot> rows = H2hPrices.of(event("Manchester United", "Fulham", book), NOW);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.home()).isEqualByComparingTo("1.53");
            assertThat(row.away()).isEqualByComparingTo("5.5");
            assertThat(row.draw()).isEqualByComparingTo("4.3");
            assertThat(row.collectedAt()).isEqualTo(NOW);
            assertThat(row.bookmakerLastUpdate()).isEqualTo(NOW.minusSeconds(60));
        });
    }

    @Test
    void twoWaySportHasNoDraw() {
        Bookmaker book = new Bookmaker("draftkings", "draftkings", NOW, List.of(
                h2h("h2h", price("Philadelphia Eagles", "1.45"), price("Washington Commanders", "2.8"))));

        List<OddsSnapshot> rows = H2hPrices.of(event("Philadelphia Eagles", "Washington Commanders", book), NOW);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.draw()).isNull();
            assertThat(row.home()).isEqualByComparingTo("1.45");
        });
    }

    @Test
    void ignoresLayPricesAndSkipsBookmakersWithoutH2h() {
        Bookmaker exchange = new Bookmaker("betfair_ex_eu", "betfair_ex_eu", NOW, List.of(
                h2h("h2h_lay", price("Fulham", "6.2"), price("Manchester United", "1.58"), price("Draw", "4.6")),
                h2h("h2h", price("Fulham", "6.0"), price("Manchester United", "1.57"), price("Draw", "4.5"))));
        Bookmaker spreadsOnly = new Bookmaker("bovada", "bovada", NOW, List.of(
                h2h("spreads", price("Fulham", "1.9"), price("Manchester United", "1.9"))));

        List<OddsSnapshot> rows = H2hPrices.of(event("Manchester United", "Fulham", exchange, spreadsOnly), NOW);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.bookmaker()).isEqualTo("betfair_ex_eu");
            assertThat(row.home()).isEqualByComparingTo("1.57");
        });
    }

    @Test
    void skipsABookmakerWhoseOutcomesNameNeitherTeam() {
        Bookmaker renamed = new Bookmaker("oddbook", "oddbook", NOW, List.of(
                h2h("h2h", price("Man United", "1.5"), price("Fulham", "6.0"), price("Draw", "4.5"))));
        Bookmaker fine = new Bookmaker("pinnacle", "pinnacle", NOW, List.of(
                h2h("h2h", price("Manchester United", "1.6"), price("Fulham", "6.1"), price("Draw", "4.4"))));

        assertThat(H2hPrices.of(event("Manchester United", "Fulham", renamed, fine), NOW))
                .extracting(OddsSnapshot::bookmaker).containsExactly("pinnacle");
    }
}
