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

class BetUpdateRouteTest {

    private final ApiHarness api = new ApiHarness();
    private final BetRepository bets = new BetRepository(api.database.dsl());
    private final ObjectMapper mapper = new ObjectMapper();
    private final long id = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10"));

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void correctsThePendingBetsOddsStakeBookmakerAndNotes() throws Exception {
        HttpResponse<String> response = api.patch("/bets/" + id + "/update",
                "{\"odds\": 2.05, \"stake\": 12.50, \"bookmaker\": \"betfair\", \"notes\": \"price moved\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(response.body()).get("odds").decimalValue()).isEqualByComparingTo("2.05");
        Bet bet = bets.find(id).orElseThrow();
        assertThat(bet.odds()).isEqualByComparingTo("2.05");
        assertThat(bet.stake()).isEqualByComparingTo("12.50");
        assertThat(bet.bookmaker()).isEqualTo("betfair");
        assertThat(bet.notes()).isEqualTo("price moved");
        assertThat(bet.status()).isEqualTo(BetStatus.PENDING);
    }

    @Test
    void settlesAWinByHandWithPayoutAndProfitFromTheScore() throws Exception {
        HttpResponse<String> response = api.patch("/bets/" + id + "/update", "{\"status\": \"won\", \"home_score\": 2, \"away_score\": 1}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("won");
        assertThat(body.get("settled_by").asText()).isEqualTo("manual");
        assertThat(body.get("final_score").asText()).isEqualTo("2-1");
        assertThat(body.get("payout").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(body.get("profit").decimalValue()).isEqualByComparingTo("11.00");
    }

    @Test
    void settlesALossAndAVoidByHand() {
        long voided = bets.insert(Fixtures.bet("m2", Outcome.DRAW, "3.30", "4"));

        assertThat(api.patch("/bets/" + id + "/update", "{\"status\": \"lost\", \"home_score\": 1, \"away_score\": 1}").statusCode()).isEqualTo(200);
        assertThat(api.patch("/bets/" + voided + "/update", "{\"status\": \"void\"}").statusCode()).isEqualTo(200);

        Bet lost = bets.find(id).orElseThrow();
        Bet cancelled = bets.find(voided).orElseThrow();
        assertThat(lost.status()).isEqualTo(BetStatus.LOST);
        assertThat(lost.result()).isEqualTo(Outcome.DRAW);
        assertThat(lost.profit()).isEqualByComparingTo("-10");
        assertThat(cancelled.status()).isEqualTo(BetStatus.VOID);
        assertThat(cancelled.payout()).isEqualByComparingTo("4");
        assertThat(cancelled.profit()).isEqualByComparingTo("0");
        assertThat(cancelled.settledBy()).isEqualTo(SettledBy.MANUAL);
    }

    @Test
    void correctsAnAutomaticSettlementButNeverAManualOne() {
        bets.settle(id, new BetRepository.Settlement(BetStatus.LOST, Outcome.AWAY, "0-1", new BigDecimal("0.00"),
                new BigDecimal("-10.00"), SettledBy.AUTO, Instant.now()));

        HttpResponse<String> correction = api.patch("/bets/" + id + "/update", "{\"status\": \"won\", \"home_score\": 1, \"away_score\": 0}");
        HttpResponse<String> overwrite = api.patch("/bets/" + id + "/update", "{\"status\": \"void\"}");

        assertThat(correction.statusCode()).isEqualTo(200);
        assertThat(overwrite.statusCode()).isEqualTo(409);
        assertThat(overwrite.body()).contains("was settled by hand (won): a manual settlement is never overwritten");
        assertThat(bets.find(id).orElseThrow().status()).isEqualTo(BetStatus.WON);
    }

    @Test
    void refusesToCorrectASettledBet() {
        api.patch("/bets/" + id + "/update", "{\"status\": \"void\"}");

        HttpResponse<String> response = api.patch("/bets/" + id + "/update", "{\"odds\": 3}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("is already settled (void): only pending bets can be corrected");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing                 | {}                                                   | nothing to update",
            "edit and settle         | {\"odds\": 2.2, \"status\": \"void\"}                | in separate requests",
            "won without score       | {\"status\": \"won\"}                                | needs the final score: home_score and away_score",
            "score contradicts       | {\"status\": \"won\", \"home_score\": 0, \"away_score\": 3} | a 0-3 score makes this home bet lost, not won",
            "back to pending         | {\"status\": \"pending\"}                            | cannot be set back to pending",
            "unknown status          | {\"status\": \"half-won\"}                           | unknown bet status 'half-won'",
            "negative score          | {\"status\": \"lost\", \"home_score\": -1, \"away_score\": 0} | goals cannot be negative",
            "void with a score       | {\"status\": \"void\", \"home_score\": 1, \"away_score\": 0} | a void bet takes no score",
            "odds of 1               | {\"odds\": 1}                                        | odds must be greater than 1",
            "stake of zero           | {\"stake\": 0}                                       | stake must be greater than 0",
            "score too big for int   | {\"status\": \"won\", \"home_score\": 99999999999, \"away_score\": 0} | invalid value for 'home_score'",
            "score as text           | {\"status\": \"won\", \"home_score\": \"two\", \"away_score\": 0} | invalid value for 'home_score'"})
    void refusesAnInvalidUpdateAndLeavesTheBetAsItWas(String name, String body, String reason) throws Exception {
        HttpResponse<String> response = api.patch("/bets/" + id + "/update", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(response.body()).get("error").asText()).contains(reason);
        Bet bet = bets.find(id).orElseThrow();
        assertThat(bet.status()).isEqualTo(BetStatus.PENDING);
        assertThat(bet.odds()).isEqualByComparingTo("2.10");
    }

    @Test
    void answers404ForAnUnknownBetAnd400ForAnIdThatIsNotOne() {
        HttpResponse<String> unknown = api.patch("/bets/999999/update", "{\"odds\": 2}");
        HttpResponse<String> notAnId = api.patch("/bets/abc/update", "{\"odds\": 2}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"no bet with id 999999\",\"code\":\"not_found\"}");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(notAnId.body()).contains("id must be a positive whole number (got 'abc')");
    }
}
