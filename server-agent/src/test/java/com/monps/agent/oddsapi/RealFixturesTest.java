package com.monps.agent.oddsapi;

import com.monps.agent.collect.CollectJob;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.RealAnswers;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static org.assertj.core.api.Assertions.assertThat;

/** The client and the collector on real answers of The Odds API kept in ../shared/fixtures (skipped when absent). */
class RealFixturesTest {

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
    void collectsTheRealEplSnapshotWithPinnacleAndTheExchangesBackPricesOnly() throws Exception {
        api.enqueue(ok(fixture("ledjob_soccer_epl_snap1_2024-08-01T1622Z.json"), 480, 20, 1));
        CollectJob job = new CollectJob(api.client(db.dsl(), meters), db.dsl(), meters,
                new MutableClock(Instant.parse("2024-08-01T16:23:00Z")), List.of("soccer_epl"));

        job.run();

        assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(10);
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(159);
        var pinnacle = db.dsl().selectFrom(ODDS_H2H)
                .where(ODDS_H2H.MATCH_ID.eq("7579d22151b7be3f590e9e338de9dff6").and(ODDS_H2H.BOOKMAKER.eq("pinnacle"))).fetchSingle();
        assertThat(pinnacle.getHomeOdds()).isLessThan(pinnacle.getAwayOdds());
        assertThat(pinnacle.getDrawOdds()).isNotNull();
        assertThat(db.dsl().fetchCount(ODDS_H2H, ODDS_H2H.BOOKMAKER.eq("betfair_ex_eu"))).isEqualTo(10);
    }

    @Test
    void readsTheRealNflAnswerWithUnixTimesAndNoH2hMarket() throws Exception {
        api.enqueue(ok(fixture("spreadparser_nfl_odds_unix_1.json"), 480, 20, 1));
        CollectJob job = new CollectJob(api.client(db.dsl(), meters), db.dsl(), meters,
                new MutableClock(Instant.parse("2024-11-01T00:00:00Z")), List.of("americanfootball_nfl"));

        job.run();

        assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(15);
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isZero();
    }

    @Test
    void readsEveryRealEplScoreAsWholeNumbers() throws Exception {
        api.enqueue(ok(fixture("scores_soccer_epl_2026.json"), 480, 20, 2));

        List<ScoreEvent> scores = api.client(db.dsl(), meters).scores("soccer_epl", 3);

        assertThat(scores).hasSize(191).allSatisfy(e -> {
            assertThat(e.completed()).isTrue();
            assertThat(e.scores()).extracting(ScoreEvent.TeamScore::score).allMatch(s -> s.matches("\\d+"));
        });
    }

    @Test
    void readsTheRealSportsListAndErrorBody() throws Exception {
        api.enqueue(ok(fixture("botfair_sports_2024-10-13.json"), 480, 20, 0),
                new mockwebserver3.MockResponse.Builder().code(401).body(fixture("ledjob_error_MISSING_KEY.json")).build());
        OddsApiClient client = api.client(db.dsl(), meters);

        assertThat(client.sports()).hasSize(66).extracting(Sport::key).contains("soccer_epl");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(OddsApiException.class, client::sports))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_KEY))
                .hasMessageContaining("401 MISSING_KEY: API key is missing");
    }
}
