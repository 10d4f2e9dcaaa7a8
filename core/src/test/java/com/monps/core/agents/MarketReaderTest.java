package com.monps.core.agents;

import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class MarketReaderTest {

    private static final Instant KICK_OFF = Instant.parse("2024-08-17T14:00:00Z");
    private static final Duration HORIZON = Duration.ofDays(14);

    private Database db;
    private MarketReader reader;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        reader = new MarketReader(db.dsl());
        new MatchRepository(db.dsl()).upsert(List.of(
                Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Wolves"),
                Match.upcoming("played", "soccer_epl", "EPL", KICK_OFF.minus(Duration.ofDays(7)), "Chelsea", "Fulham")
                        .withScore(2, 0, true, KICK_OFF.minus(Duration.ofDays(7)).plusSeconds(7200))));
        new OddsRepository(db.dsl()).append(List.of(
                price("m1", "pinnacle", "2.40", KICK_OFF.minus(Duration.ofDays(3))),
                price("m1", "pinnacle", "2.10", KICK_OFF.minusSeconds(600)),
                price("m1", "bet365", "2.20", KICK_OFF.minus(Duration.ofDays(2))),
                price("m1", "pinnacle", "1.50", KICK_OFF.plusSeconds(600))));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void upcomingMarketsCarryEachBookmakersLatestPriceAsOfTheScan() {
        assertThat(homePrices(KICK_OFF.minusSeconds(60))).containsExactly("bet365 2.200", "pinnacle 2.100");
    }

    @Test
    void aScanAsOfAnEarlierMomentSeesOnlyThePricesKnownThen() {
        assertThat(homePrices(KICK_OFF.minus(Duration.ofDays(2)).plusSeconds(60))).containsExactly("bet365 2.200", "pinnacle 2.400");
        assertThat(homePrices(KICK_OFF.minus(Duration.ofDays(2)).minusSeconds(60))).containsExactly("pinnacle 2.400");
        assertThat(reader.upcoming(KICK_OFF.minus(Duration.ofDays(4)), HORIZON)).isEmpty();
    }

    @Test
    void aMatchThatHasKickedOffIsNoLongerUpcoming() {
        assertThat(reader.upcoming(KICK_OFF, HORIZON)).isEmpty();
    }

    @Test
    void playedMatchesAverageTheClosingPricesOfTheirBookmakers() {
        new OddsRepository(db.dsl()).append(List.of(
                price("played", "pinnacle", "1.80", KICK_OFF.minus(Duration.ofDays(7)).minusSeconds(60)),
                price("played", "bet365", "1.90", KICK_OFF.minus(Duration.ofDays(7)).minusSeconds(60)),
                price("played", "bet365", "1.20", KICK_OFF.minus(Duration.ofDays(7)).plusSeconds(900))));

        assertThat(reader.playedBefore(KICK_OFF)).singleElement().satisfies(sample -> {
            assertThat(sample.prices()[0]).isCloseTo(1.85, offset(1e-9));
            assertThat(sample.result()).isEqualTo(Outcome.HOME);
        });
    }

    private List<String> homePrices(Instant asOf) {
        return reader.upcoming(asOf, HORIZON).stream()
                .flatMap(m -> m.latest().entrySet().stream())
                .map(quote -> quote.getKey() + " " + quote.getValue().home())
                .sorted()
                .toList();
    }

    private static OddsSnapshot price(String matchId, String bookmaker, String home, Instant at) {
        return new OddsSnapshot(matchId, bookmaker, new BigDecimal(home), new BigDecimal("3.40"), new BigDecimal("3.60"), at, at);
    }
}
