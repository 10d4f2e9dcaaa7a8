package com.monps.agent.collect;

import com.monps.agent.oddsapi.OddsApiException;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmaker;
import static com.monps.agent.testing.Payloads.bookmakerWithMarkets;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.Payloads.market;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.agent.testing.StandInApi.refusal;
import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CollectJobTest {

    private static final Instant NOW = Instant.parse("2030-08-10T12:00:00Z");
    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");
    private static final Instant LAST_UPDATE = Instant.parse("2030-08-10T11:58:30Z");

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(NOW);
    private final CollectJob job = new CollectJob(api.client(db.dsl(), meters), db.dsl(), meters, clock, List.of("soccer_epl"));

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    static String eplRound() {
        return array(
                event("e-mun-ful", "soccer_epl", "EPL", KICK_OFF, "Manchester United", "Fulham",
                        bookmaker("pinnacle", LAST_UPDATE, "Manchester United", "1.62", "Fulham", "5.9", "4.25"),
                        bookmakerWithMarkets("betfair_ex_eu", LAST_UPDATE,
                                market("h2h", LAST_UPDATE, "Manchester United", "1.64", "Fulham", "6.2", "4.4"),
                                market("h2h_lay", LAST_UPDATE, "Manchester United", "1.66", "Fulham", "6.6", "4.6"))),
                event("e-ips-liv", "soccer_epl", "EPL", NOW.minusSeconds(1800), "Ipswich Town", "Liverpool",
                        bookmaker("pinnacle", LAST_UPDATE, "Ipswich Town", "9.5", "Liverpool", "1.2", "7.0")));
    }

    @Test
    void storesMatchesAndPreKickOffPricesButNotInPlayPrices() {
        api.enqueue(ok(eplRound(), 480, 20, 1));

        var result = job.run();

        assertThat(db.dsl().selectFrom(MATCHES).orderBy(MATCHES.ID).fetch(MATCHES.ID)).containsExactly("e-ips-liv", "e-mun-ful");
        var prices = db.dsl().selectFrom(ODDS_H2H).orderBy(ODDS_H2H.BOOKMAKER).fetch();
        assertThat(prices).extracting(r -> r.getMatchId() + "/" + r.getBookmaker())
                .containsExactly("e-mun-ful/betfair_ex_eu", "e-mun-ful/pinnacle");
        assertThat(prices.get(0).getHomeOdds()).isEqualByComparingTo("1.64");
        assertThat(prices.get(1).getDrawOdds()).isEqualByComparingTo("4.25");
        assertThat(prices).allSatisfy(r -> {
            assertThat(r.getCollectedAt().toInstant()).isEqualTo(NOW);
            assertThat(r.getBookmakerLastUpdate().toInstant()).isEqualTo(LAST_UPDATE);
        });
        assertThat(result.summary()).isEqualTo("stored 2 prices for 2 matches in 1 sport(s); 1 in-play event(s) not priced");
        assertThat(meters.get("monps.collector.duration").timer().count()).isEqualTo(1);
    }

    @Test
    void eachRoundAddsOneSnapshotPerBookmaker() {
        api.enqueue(ok(eplRound(), 480, 20, 1), ok(eplRound(), 479, 21, 1));

        job.run();
        clock.advance(java.time.Duration.ofHours(3));
        job.run();

        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(4);
        assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(2);
    }

    static Stream<Arguments> failures() {
        String whole = eplRound();
        return Stream.of(
                arguments("401 invalid key", List.of(refusal(401, "INVALID_KEY", "API key is not valid")), "401 INVALID_KEY"),
                arguments("401 quota", List.of(refusal(401, "OUT_OF_USAGE_CREDITS", "Usage quota has been reached")),
                        "401 OUT_OF_USAGE_CREDITS"),
                arguments("422", List.of(refusal(422, "INVALID_MARKET", "Invalid markets")), "422 INVALID_MARKET"),
                arguments("429", List.of(refusal(429, "EXCEEDED_FREQ_LIMIT", "Slow down"),
                        refusal(429, "EXCEEDED_FREQ_LIMIT", "Slow down"), refusal(429, "EXCEEDED_FREQ_LIMIT", "Slow down")),
                        "429 EXCEEDED_FREQ_LIMIT"),
                arguments("500", List.of(StandInApi.serverError(), StandInApi.serverError(), StandInApi.serverError()), "(500)"),
                arguments("malformed", List.of(ok(whole.replace("\"1.62\"", "\"one\"").replace("1.62", "\"one\""), 479, 21, 1)),
                        "event id e-mun-ful"),
                arguments("truncated", List.of(ok(whole.substring(0, whole.length() - 40), 479, 21, 1)), "not valid JSON"),
                arguments("timeout", List.of(StandInApi.tooSlow(), StandInApi.tooSlow(), StandInApi.tooSlow()), "no answer in time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failedCallLeavesTheDatabaseUnchangedWithAClearMessage(String name, List<MockResponse> answers, String message) {
        api.enqueue(ok(eplRound(), 480, 20, 1));
        job.run();
        Result<? extends Record> matchesBefore = db.dsl().selectFrom(MATCHES).orderBy(MATCHES.ID).fetch();
        Result<? extends Record> oddsBefore = db.dsl().selectFrom(ODDS_H2H).orderBy(ODDS_H2H.BOOKMAKER).fetch();
        clock.advance(java.time.Duration.ofHours(3));
        answers.forEach(api::enqueue);

        assertThatThrownBy(job::run).hasMessageContaining(message).hasMessageNotContaining(StandInApi.KEY);

        assertThat(db.dsl().selectFrom(MATCHES).orderBy(MATCHES.ID).fetch()).isEqualTo(matchesBefore);
        assertThat(db.dsl().selectFrom(ODDS_H2H).orderBy(ODDS_H2H.BOOKMAKER).fetch()).isEqualTo(oddsBefore);
    }

    @Test
    void aSportThatFailsDoesNotStopTheOthers() {
        CollectJob two = job.forSports(List.of("soccer_xyz", "soccer_epl"));
        api.enqueue(refusal(404, "UNKNOWN_SPORT", "Unknown sport"), ok(eplRound(), 480, 20, 1));

        assertThatThrownBy(two::run)
                .hasMessageContaining("odds soccer_xyz (404 UNKNOWN_SPORT: Unknown sport)")
                .hasMessageContaining("[other sports: stored 2 prices for 2 matches in 1 sport(s)");
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(2);
    }

    @Test
    void aBadKeyStopsTheRound() {
        CollectJob two = job.forSports(List.of("soccer_epl", "soccer_france_ligue_one"));
        api.enqueue(refusal(401, "INVALID_KEY", "API key is not valid"));

        assertThatThrownBy(two::run).isInstanceOf(OddsApiException.class);
        assertThat(api.server().getRequestCount()).isEqualTo(1);
    }
}
