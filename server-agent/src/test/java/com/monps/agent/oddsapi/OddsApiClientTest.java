package com.monps.agent.oddsapi;

import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmaker;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.Payloads.score;
import static com.monps.agent.testing.StandInApi.KEY;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.agent.testing.StandInApi.refusal;
import static com.monps.core.jooq.Tables.API_REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OddsApiClientTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OddsApiClient client = api.client(db.dsl(), meters);

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    private static String oneEvent() {
        return array(event("e1", "soccer_epl", "EPL", KICK_OFF, "Manchester United", "Fulham",
                bookmaker("pinnacle", KICK_OFF.minusSeconds(3600), "Manchester United", "1.62", "Fulham", "5.9", "4.25")));
    }

    @Test
    void asksForDecimalH2hOddsWithTheKeyAsQueryParameter() throws Exception {
        api.enqueue(ok(oneEvent(), 480, 20, 1));

        List<OddsEvent> events = client.odds("soccer_epl");

        RecordedRequest request = api.server().takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v4/sports/soccer_epl/odds");
        assertThat(request.getUrl().queryParameter("apiKey")).isEqualTo(KEY);
        assertThat(request.getUrl().queryParameter("regions")).isEqualTo("eu");
        assertThat(request.getUrl().queryParameter("markets")).isEqualTo("h2h");
        assertThat(request.getUrl().queryParameter("oddsFormat")).isEqualTo("decimal");
        assertThat(request.getUrl().queryParameter("dateFormat")).isEqualTo("iso");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.homeTeam()).isEqualTo("Manchester United");
            assertThat(e.commenceTime()).isEqualTo(KICK_OFF);
            assertThat(e.bookmakers().getFirst().markets().getFirst().outcomes()).hasSize(3);
        });
    }

    @Test
    void recordsEveryAnswerWithItsCreditHeadersAndCountsIt() {
        api.enqueue(ok(oneEvent(), 480, 20, 1));

        client.odds("soccer_epl");

        var row = db.dsl().selectFrom(API_REQUESTS).fetchSingle();
        assertThat(row.getEndpoint()).isEqualTo("odds");
        assertThat(row.getSportKey()).isEqualTo("soccer_epl");
        assertThat(row.getHttpStatus()).isEqualTo(200);
        assertThat(row.getRequestsRemaining()).isEqualTo(480);
        assertThat(row.getRequestsUsed()).isEqualTo(20);
        assertThat(row.getRequestsLast()).isEqualTo(1);
        assertThat(meters.get("monps.credits.remaining").gauge().value()).isEqualTo(480.0);
        assertThat(meters.get("monps.api.requests").tags("endpoint", "odds", "status", "200").counter().count()).isEqualTo(1.0);
    }

    @Test
    void namesBookmakersInsteadOfRegionsAndBillsOneRegionPerTenBookmakers() throws Exception {
        List<String> books = List.of("pinnacle", "unibet_eu", "marathonbet", "williamhill", "betsson", "nordicbet",
                "coolbet", "sport888", "onexbet", "everygame", "betfair_ex_eu");
        OddsApiClient named = api.client(db.dsl(), meters, List.of("eu"), books);
        api.enqueue(ok("[]", 480, 20, 0));

        named.odds("soccer_epl");

        RecordedRequest request = api.server().takeRequest();
        assertThat(request.getUrl().queryParameter("bookmakers")).isEqualTo(String.join(",", books));
        assertThat(request.getUrl().queryParameter("regions")).isNull();
        assertThat(named.settings().oddsCallCost()).isEqualTo(2);
        assertThat(client.settings().oddsCallCost()).isEqualTo(1);
    }

    @Test
    void readsScoresAsTheApiSendsThem() throws Exception {
        api.enqueue(ok(array(
                score("s1", "soccer_epl", KICK_OFF, true, "Arsenal", "2", "Chelsea", "1", KICK_OFF.plusSeconds(7200)),
                score("s2", "soccer_epl", KICK_OFF, false, "Everton", null, "Fulham", null, null)), 470, 30, 2));

        List<ScoreEvent> scores = client.scores("soccer_epl", 2);

        assertThat(api.server().takeRequest().getUrl().queryParameter("daysFrom")).isEqualTo("2");
        assertThat(scores).hasSize(2);
        assertThat(scores.get(0).scores()).extracting(ScoreEvent.TeamScore::score).containsExactly("2", "1");
        assertThat(scores.get(1).scores()).isNull();
        assertThat(scores.get(1).lastUpdate()).isNull();
    }

    @Test
    void refusesADaysFromTheApiDoesNotOffer() {
        assertThatThrownBy(() -> client.scores("soccer_epl", 4)).hasMessageContaining("between 1 and 3");
    }

    @Test
    void badKeyIsNotRetried() {
        api.enqueue(refusal(401, "INVALID_KEY", "API key is not valid"));

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.kind()).isEqualTo(FailureKind.BAD_KEY);
        assertThat(e).hasMessageContaining("401 INVALID_KEY: API key is not valid").hasMessageContaining("check ODDS_API_KEY");
        assertThat(api.server().getRequestCount()).isEqualTo(1);
    }

    @Test
    void exhaustedQuotaStopsPaidCallsUntilAFreeCallShowsCreditsAgain() throws Exception {
        api.enqueue(refusal(401, "OUT_OF_USAGE_CREDITS", "Usage quota has been reached"));
        OddsApiException first = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));
        assertThat(first.kind()).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
        assertThat(api.server().getRequestCount()).isEqualTo(1);

        api.enqueue(ok("[]", 0, 500, 0));
        OddsApiException second = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));
        assertThat(second.kind()).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
        api.server().takeRequest();
        assertThat(api.server().takeRequest().getUrl().encodedPath()).isEqualTo("/v4/sports");
        assertThat(api.server().getRequestCount()).isEqualTo(2);

        api.enqueue(ok("[]", 500, 0, 0), ok(oneEvent(), 499, 1, 1));
        assertThat(client.odds("soccer_epl")).hasSize(1);
    }

    @Test
    void badParameterCarriesTheApiMessage() {
        api.enqueue(refusal(422, "INVALID_MARKET", "Invalid markets parameter"));

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.kind()).isEqualTo(FailureKind.BAD_PARAMETER);
        assertThat(e).hasMessageContaining("422 INVALID_MARKET: Invalid markets parameter");
        assertThat(api.server().getRequestCount()).isEqualTo(1);
    }

    @Test
    void frequencyLimitBacksOffAndRetries() {
        api.enqueue(refusal(429, "EXCEEDED_FREQ_LIMIT", "Too many requests"), ok(oneEvent(), 479, 21, 1));

        assertThat(client.odds("soccer_epl")).hasSize(1);
        assertThat(api.server().getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRetryAfterOfTwoSecondsIsWaitedBeforeTheNextAttempt() throws Exception {
        api.enqueue(refusal(429, "EXCEEDED_FREQ_LIMIT", "Too many requests").newBuilder().addHeader("Retry-After", "2").build(),
                ok(oneEvent(), 479, 21, 1));

        long start = System.nanoTime();
        assertThat(client.odds("soccer_epl")).hasSize(1);
        long waited = (System.nanoTime() - start) / 1_000_000;

        api.server().takeRequest();
        api.server().takeRequest();
        // the policy's own backoff is 1 ms here: the two seconds can only come from the header
        assertThat(waited).isBetween(1_900L, 3_500L);
        assertThat(api.server().getRequestCount()).isEqualTo(2);
    }

    @Test
    void frequencyLimitGivesUpAfterTheBoundedRetries() {
        for (int i = 0; i < 3; i++) {
            api.enqueue(refusal(429, "EXCEEDED_FREQ_LIMIT", "Too many requests"));
        }

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(api.server().getRequestCount()).isEqualTo(3);
        assertThat(db.dsl().fetchCount(API_REQUESTS)).isEqualTo(3);
    }

    @Test
    void serverErrorIsRetriedThenSucceeds() {
        api.enqueue(StandInApi.serverError(), ok(oneEvent(), 479, 21, 1));

        assertThat(client.odds("soccer_epl")).hasSize(1);
        assertThat(meters.get("monps.api.requests").tags("endpoint", "odds", "status", "500").counter().count()).isEqualTo(1.0);
    }

    @Test
    void timeoutIsRetriedThenReportedAsUnreachable() {
        api.enqueue(StandInApi.tooSlow(), StandInApi.tooSlow(), StandInApi.tooSlow());

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(e).hasMessageContaining("no answer in time");
        assertThat(meters.get("monps.api.requests").tags("status", "timeout").counter().count()).isEqualTo(3.0);
    }

    @Test
    void malformedEventRejectsThePayloadAndNamesTheEvent() {
        String bad = array(event("good", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea"),
                "{\"id\": \"broken-7\", \"sport_key\": \"soccer_epl\", \"commence_time\": \"tomorrow\", \"home_team\": \"A\", \"away_team\": \"B\"}");
        api.enqueue(ok(bad, 479, 21, 1));

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessageContaining("element 2 (event id broken-7)").hasMessageContaining("nothing was stored");
    }

    @Test
    void truncatedJsonIsRejected() {
        String whole = oneEvent();
        api.enqueue(ok(whole.substring(0, whole.length() / 2), 479, 21, 1));

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessageContaining("not valid JSON");
    }

    @Test
    void noMessageEverContainsTheKey() {
        api.enqueue(refusal(401, "INVALID_KEY", "API key " + KEY + " is not valid"));

        OddsApiException e = catchThrowableOfType(OddsApiException.class, () -> client.odds("soccer_epl"));

        assertThat(e.getMessage()).doesNotContain(KEY).contains("API key *** is not valid");
    }

    @Test
    void redactorHidesTheKeyParameterAndTheKeyItself() {
        Redactor redactor = new Redactor("s3cr3t");
        assertThat(redactor.redact("GET /v4/sports?apiKey=s3cr3t&regions=eu")).isEqualTo("GET /v4/sports?apiKey=***&regions=eu");
        assertThat(redactor.redact("key s3cr3t leaked")).isEqualTo("key *** leaked");
        assertThat(redactor.redact("https://x/v4?APIKEY=other")).isEqualTo("https://x/v4?APIKEY=***");
    }

    @Test
    void readsEventsAndSportsForFree() {
        api.enqueue(ok("[{\"key\": \"soccer_epl\", \"group\": \"Soccer\", \"title\": \"EPL\", \"description\": \"English Premier League\", \"active\": true, \"has_outrights\": false}]", 480, 20, 0),
                ok("[{\"id\": \"e1\", \"sport_key\": \"soccer_epl\", \"sport_title\": \"EPL\", \"commence_time\": \"" + KICK_OFF
                        + "\", \"home_team\": \"Arsenal\", \"away_team\": \"Chelsea\"}]", 480, 20, 0));

        assertThat(client.sports()).extracting(Sport::key).containsExactly("soccer_epl");
        assertThat(client.events("soccer_epl")).extracting(ApiEvent::commenceTime).containsExactly(KICK_OFF);
    }
}
