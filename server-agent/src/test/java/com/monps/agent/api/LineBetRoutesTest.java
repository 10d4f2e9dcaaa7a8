package com.monps.agent.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.domain.Market;
import com.monps.core.repo.BetRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The control API on totals and spreads bets: market and point in, market and point out, bad combinations refused. */
class LineBetRoutesTest {

    private static final String BET = """
            {"match_id": "m1", "home_team": "Arsenal", "away_team": "Wolves", "sport": "soccer_epl", "league": "EPL",
             "commence_time": "2024-08-16T19:00:00Z", "odds": 1.95, "stake": 10, "bookmaker": "pinnacle", %s}""";

    private final ApiHarness api = new ApiHarness();
    private final BetRepository bets = new BetRepository(api.database.dsl());
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void placesATotalsBetAndReturnsItsMarketAndPointInTheHistory() throws Exception {
        HttpResponse<String> placed = api.post("/bets/place", BET.formatted("\"market\": \"totals\", \"outcome\": \"over\", \"point\": 2.25"));

        assertThat(placed.statusCode()).isEqualTo(201);
        JsonNode body = mapper.readTree(placed.body());
        assertThat(body.get("market").asText()).isEqualTo("totals");
        assertThat(body.get("point").decimalValue()).isEqualByComparingTo("2.25");
        assertThat(body.get("outcome").asText()).isEqualTo("over");
        assertThat(bets.find(body.get("id").asLong()).orElseThrow().market()).isEqualTo(Market.TOTALS);
        JsonNode history = mapper.readTree(api.get("/bets/history").body());
        assertThat(history.get(0).get("market").asText()).isEqualTo("totals");
        assertThat(history.get(0).get("point").decimalValue()).isEqualByComparingTo("2.25");
    }

    @Test
    void anH2hBetWithoutMarketOrPointIsStoredAsBefore() throws Exception {
        JsonNode body = mapper.readTree(api.post("/bets/place", BET.formatted("\"outcome\": \"draw\"")).body());

        assertThat(body.get("market").asText()).isEqualTo("h2h");
        assertThat(body.get("point").isNull()).isTrue();
        assertThat(body.get("closing_point").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "draw on spreads       | \"market\": \"spreads\", \"outcome\": \"draw\", \"point\": 0 | outcome: a spreads bet backs home or away, not draw",
            "point off the grid    | \"market\": \"totals\", \"outcome\": \"over\", \"point\": 2.3 | point: must be a multiple of 0.25 (got 2.3)",
            "point on h2h          | \"outcome\": \"home\", \"point\": 0.5 | point: an h2h bet has no point (got 0.5)",
            "no point on totals    | \"market\": \"totals\", \"outcome\": \"under\" | point: a totals bet needs a point",
            "over on h2h           | \"market\": \"h2h\", \"outcome\": \"over\" | outcome: an h2h bet backs home, draw or away, not over",
            "unknown market        | \"market\": \"corners\", \"outcome\": \"over\", \"point\": 9.5 | 'market': unknown market 'corners'",
            "point as text         | \"market\": \"totals\", \"outcome\": \"over\", \"point\": \"2.5\" | invalid value for 'point'",
            "point too precise     | \"market\": \"totals\", \"outcome\": \"over\", \"point\": 2.255 | 'point' may have at most 2 decimals"})
    void refusesABadCombinationWithTheReasonAndStoresNothing(String name, String fields, String reason) throws Exception {
        HttpResponse<String> response = api.post("/bets/place", BET.formatted(fields));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(response.body()).get("error").asText()).contains(reason);
        assertThat(bets.history(BetRepository.BetQuery.latest(10))).isEmpty();
    }

    @Test
    void aManualSettlementOfAQuarterLineAppliesItsHalvesAndReturnsTheMarketAndPoint() throws Exception {
        long id = mapper.readTree(api.post("/bets/place",
                BET.formatted("\"market\": \"spreads\", \"outcome\": \"home\", \"point\": -0.25")).body()).get("id").asLong();

        HttpResponse<String> wrong = api.patch("/bets/" + id + "/update", "{\"status\": \"lost\", \"home_score\": 1, \"away_score\": 1}");
        HttpResponse<String> right = api.patch("/bets/" + id + "/update",
                "{\"status\": \"half_lost\", \"home_score\": 1, \"away_score\": 1}");

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(wrong.body()).get("error").asText())
                .isEqualTo("a 1-1 score makes this home -0.25 bet half_lost, not lost");
        assertThat(right.statusCode()).isEqualTo(200);
        JsonNode bet = mapper.readTree(right.body());
        // half on 0 pushes, half on -0.5 loses 10 / 2
        assertThat(bet.get("status").asText()).isEqualTo("half_lost");
        assertThat(bet.get("profit").decimalValue()).isEqualByComparingTo("-5.00");
        assertThat(bet.get("payout").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(bet.get("market").asText()).isEqualTo("spreads");
        assertThat(bet.get("point").decimalValue()).isEqualByComparingTo("-0.25");
    }
}
