package com.monps.agent.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BetRoutesTest {

    static final String BET = """
            {"match_id": "e912304de2b2ce35b473ce2ecd3d1502", "home_team": "Manchester United", "away_team": "Fulham",
             "sport": "soccer_epl", "league": "EPL", "commence_time": "2024-08-16T19:00:00Z", "outcome": "home",
             "odds": 1.62, "stake": 10, "bookmaker": "pinnacle"%s}""";

    private final ApiHarness api = new ApiHarness();
    private final BetRepository bets = new BetRepository(api.database.dsl());
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void placesABetAndCountsIt() throws Exception {
        HttpResponse<String> response = api.post("/bets/place", BET.formatted(
                ", \"edge_pct\": 3.5, \"patron_score\": 72.5, \"patron_confidence\": 0.8, \"notes\": \"value on the home side\""));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = mapper.readTree(response.body());
        Bet stored = bets.find(body.get("id").asLong()).orElseThrow();
        assertThat(stored.matchLabel()).isEqualTo("Manchester United – Fulham");
        assertThat(stored.odds()).isEqualByComparingTo("1.62");
        assertThat(stored.stake()).isEqualByComparingTo("10");
        assertThat(stored.status()).isEqualTo(BetStatus.PENDING);
        assertThat(stored.patronScore()).isEqualByComparingTo("72.5");
        assertThat(stored.notes()).isEqualTo("value on the home side");
        assertThat(body.get("commence_time").asText()).isEqualTo("2024-08-16T19:00:00Z");
        assertThat(body.get("status").asText()).isEqualTo("pending");
        assertThat(body.get("outcome").asText()).isEqualTo("home");
        assertThat(api.meters.get("monps.bets.placed").counter().count()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "odds not above 1      | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\",\"odds\":1,\"stake\":10,\"bookmaker\":\"b\"} | odds must be greater than 1",
            "missing stake         | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\",\"odds\":2,\"bookmaker\":\"b\"} | 'stake' is required",
            "blank bookmaker       | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\",\"odds\":2,\"stake\":10,\"bookmaker\":\" \"} | 'bookmaker' must not be blank",
            "unknown outcome       | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"corner\",\"odds\":2,\"stake\":10,\"bookmaker\":\"b\"} | unknown outcome 'corner'",
            "odds as a word        | {\"odds\":\"high\"} | invalid value for 'odds'",
            "stake as a string     | {\"stake\":\"10\"} | invalid value for 'stake'",
            "bookmaker as a number | {\"bookmaker\":5} | invalid value for 'bookmaker'",
            "opportunity as float  | {\"opportunity_id\":1.5} | invalid value for 'opportunity_id'",
            "date not a date       | {\"commence_time\":\"tomorrow\"} | invalid value for 'commence_time'",
            "huge odds             | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\",\"odds\":1e400,\"stake\":10,\"bookmaker\":\"b\"} | 'odds' is too large",
            "stake in mills        | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\",\"odds\":2,\"stake\":10.001,\"bookmaker\":\"b\"} | 'stake' may have at most 2 decimals",
            "patron score over 100 | {\"match_id\":\"m\",\"home_team\":\"A\",\"away_team\":\"B\",\"sport\":\"s\",\"league\":\"L\",\"commence_time\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\",\"odds\":2,\"stake\":10,\"bookmaker\":\"b\",\"patron_score\":101} | 'patron_score' must be between 0 and 100",
            "unknown field         | {\"matchid\":\"m\"} | unknown field 'matchid'",
            "malformed JSON        | {\"match_id\": | malformed JSON",
            "an array              | [1, 2] | the request needs a JSON object body",
            "null                  | null | the request needs a JSON object body",
            "huge integer id       | {\"opportunity_id\": 123456789012345678901234567890} | invalid value for 'opportunity_id'"})
    void refusesAnInvalidBetWithTheReasonAndStoresNothing(String name, String body, String reason) throws Exception {
        HttpResponse<String> response = api.post("/bets/place", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(response.body()).get("error").asText()).contains(reason);
        assertThat(bets.history(BetRepository.BetQuery.latest(10))).isEmpty();
        assertThat(api.meters.get("monps.bets.placed").counter().count()).isZero();
    }

    @Test
    void refusesAnEmptyOrOversizedBody() {
        HttpResponse<String> empty = api.post("/bets/place", "");
        HttpResponse<String> huge = api.post("/bets/place", BET.formatted(", \"notes\": \"" + "x".repeat(70_000) + "\""));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("the request needs a JSON object body");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("request body larger than 65536 bytes");
    }

    @Test
    void listsHistoryNewestFirstFilteredByStatusAndSport() throws Exception {
        long first = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10").placedAt(Instant.parse("2024-08-01T10:00:00Z")));
        long second = bets.insert(Fixtures.bet("m2", Outcome.AWAY, "3.40", "5").placedAt(Instant.parse("2024-08-02T10:00:00Z")));
        bets.settle(first, new BetRepository.Settlement(BetStatus.LOST, Outcome.AWAY, "0-1", new BigDecimal("0.00"),
                new BigDecimal("-10.00"), SettledBy.AUTO, Instant.parse("2024-08-17T10:00:00Z")));

        JsonNode all = mapper.readTree(api.get("/bets/history").body());
        JsonNode lost = mapper.readTree(api.get("/bets/history?status=lost&sport=soccer_epl").body());
        JsonNode otherSport = mapper.readTree(api.get("/bets/history?sport=basketball_nba").body());
        JsonNode one = mapper.readTree(api.get("/bets/history?limit=1").body());

        assertThat(all).extracting(b -> b.get("id").asLong()).containsExactly(second, first);
        assertThat(lost).extracting(b -> b.get("id").asLong()).containsExactly(first);
        assertThat(lost.get(0).get("profit").decimalValue()).isEqualByComparingTo("-10");
        assertThat(otherSport).isEmpty();
        assertThat(one).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit=0       | limit must be a whole number between 1 and 10000 (got '0')",
            "limit=ten     | limit must be a whole number between 1 and 10000 (got 'ten')",
            "limit=99999999999 | limit must be a whole number between 1 and 10000",
            "status=maybe  | unknown bet status 'maybe'"})
    void refusesBadHistoryFilters(String query, String reason) throws Exception {
        HttpResponse<String> response = api.get("/bets/history?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(response.body()).get("error").asText()).startsWith(reason);
    }

    @Test
    void summarisesTheBets() throws Exception {
        long won = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "10"));
        bets.insert(Fixtures.bet("m2", Outcome.HOME, "3.00", "5"));
        bets.settle(won, new BetRepository.Settlement(BetStatus.WON, Outcome.HOME, "2-0", new BigDecimal("20.00"),
                new BigDecimal("10.00"), SettledBy.AUTO, Instant.now()));

        JsonNode stats = mapper.readTree(api.get("/bets/stats").body());

        assertThat(stats.get("total_bets").asInt()).isEqualTo(2);
        assertThat(stats.get("wins").asInt()).isEqualTo(1);
        assertThat(stats.get("pending").asInt()).isEqualTo(1);
        assertThat(stats.get("total_staked").decimalValue()).isEqualByComparingTo("15");
        assertThat(stats.get("total_profit").decimalValue()).isEqualByComparingTo("10");
        assertThat(stats.get("roi").decimalValue()).isEqualByComparingTo("100");
    }
}
