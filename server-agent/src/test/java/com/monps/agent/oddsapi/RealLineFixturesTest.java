package com.monps.agent.oddsapi;

import com.monps.agent.collect.CollectJob;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.RealAnswers;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.domain.Market;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static com.monps.core.jooq.Tables.ODDS_LINES;
import static com.monps.core.jooq.Tables.ODDS_LINES_LATEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Totals and spreads collected from real answers of The Odds API kept in ../shared/fixtures (skipped when absent). */
class RealLineFixturesTest {

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    private static String fixture(String name) throws IOException {
        return RealAnswers.read(name);
    }

    @Test
    void storesTheRealSpreadsWithTheHomeTeamsHandicapAsThePointNextToTheH2hPrices() throws Exception {
        api.enqueue(ok(fixture("davidhearl_soccer_epl_h2h-h2hlay-spreads_2024-01-30.json"), 480, 20, 2));
        CollectJob job = new CollectJob(api.client(db.dsl(), meters, List.of(Market.H2H, Market.SPREADS)), db.dsl(), meters,
                new MutableClock(Instant.parse("2024-01-30T10:30:00Z")), List.of("soccer_epl"));

        var result = job.run();

        RecordedRequest request = api.server().takeRequest();
        assertThat(request.getUrl().queryParameter("markets")).isEqualTo("h2h,spreads");
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(358);
        assertThat(db.dsl().fetchCount(ODDS_LINES)).isEqualTo(10);
        assertThat(result.summary()).isEqualTo("stored 358 prices and 10 line prices for 20 matches in 1 sport(s)");
        // Nottingham Forest (home) +1.25 at 2.04, Arsenal (away) -1.25 at 1.91
        assertThat(spreads("6b42aaa26bb8a754ca45b50437b60c68")).containsExactly(
                tuple("matchbook", new BigDecimal("1.25"), new BigDecimal("2.040"), new BigDecimal("1.910")));
        // Fulham (home) -0.25 at 2.14, Everton +0.25 at 1.86: the away team listed first changes nothing
        assertThat(db.dsl().select(ODDS_LINES.POINT, ODDS_LINES.OVER_HOME_ODDS, ODDS_LINES.UNDER_AWAY_ODDS).from(ODDS_LINES)
                .where(ODDS_LINES.MATCH_ID.like("ab623abc%")).fetchSingle().intoArray())
                .containsExactly(new BigDecimal("-0.25"), new BigDecimal("2.140"), new BigDecimal("1.860"));
    }

    @Test
    void storesTheRealTotalsOfEachBookmakerAtItsOwnLineAndIgnoresTheOtherMarkets() throws Exception {
        // the event-odds answer is one event; /odds answers an array of them
        api.enqueue(ok("[" + fixture("arbknapsack_soccer_epl_event-totals-btts-dnb_2023-09-03.json") + "]", 480, 20, 1));
        CollectJob job = new CollectJob(api.client(db.dsl(), meters, List.of(Market.TOTALS)), db.dsl(), meters,
                new MutableClock(Instant.parse("2023-09-03T15:27:30Z")), List.of("soccer_epl"));

        job.run();

        assertThat(api.server().takeRequest().getUrl().queryParameter("markets")).isEqualTo("totals");
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isZero();
        assertThat(db.dsl().select(ODDS_LINES_LATEST.BOOKMAKER, ODDS_LINES_LATEST.POINT, ODDS_LINES_LATEST.OVER_HOME_ODDS,
                        ODDS_LINES_LATEST.UNDER_AWAY_ODDS).from(ODDS_LINES_LATEST)
                .where(ODDS_LINES_LATEST.MARKET.eq("totals")).orderBy(ODDS_LINES_LATEST.BOOKMAKER)
                .fetch(r -> tuple(r.value1(), r.value2(), r.value3(), r.value4())))
                .containsExactly(
                        tuple("betonlineag", new BigDecimal("3.00"), new BigDecimal("1.690"), new BigDecimal("2.250")),
                        tuple("matchbook", new BigDecimal("3.50"), new BigDecimal("2.220"), new BigDecimal("1.800")),
                        tuple("onexbet", new BigDecimal("3.50"), new BigDecimal("2.240"), new BigDecimal("1.730")),
                        tuple("pinnacle", new BigDecimal("3.25"), new BigDecimal("1.940"), new BigDecimal("1.960")),
                        tuple("unibet_eu", new BigDecimal("3.50"), new BigDecimal("2.200"), new BigDecimal("1.680")),
                        tuple("williamhill", new BigDecimal("2.50"), new BigDecimal("1.440"), new BigDecimal("2.620")));
    }

    @Test
    void anOddsCallCostsMarketsTimesRegions() {
        OddsApiSettings three = api.client(db.dsl(), meters, List.of(Market.H2H, Market.TOTALS, Market.SPREADS)).settings();

        assertThat(three.oddsCallCost()).isEqualTo(3);
        assertThat(three.marketCost()).isEqualTo(1);
        assertThat(new OddsApiSettings(three.baseUrl(), "k", List.of("eu", "uk"), List.of(), three.retry(),
                List.of(Market.H2H, Market.TOTALS)).oddsCallCost()).isEqualTo(4);
    }

    private List<org.assertj.core.groups.Tuple> spreads(String matchId) {
        return db.dsl().selectFrom(ODDS_LINES).where(ODDS_LINES.MATCH_ID.eq(matchId).and(ODDS_LINES.MARKET.eq("spreads")))
                .fetch(r -> tuple(r.getBookmaker(), r.getPoint(), r.getOverHomeOdds(), r.getUnderAwayOdds()));
    }
}
