package com.monps.agent.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.domain.Outcome;
import com.monps.core.json.JsonMappers;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal carries a code a program branches on, and the field at fault when there is one. */
class ErrorCodesTest {

    private final ApiHarness api = new ApiHarness();
    private final ObjectMapper mapper = JsonMappers.tolerant();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void refusalsOfTheFrameworkCarryTheirCode() throws Exception {
        assertThat(error(api.getWithoutToken("/bets/history"), 401).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
        assertThat(error(api.get("/bets/everything"), 404).code()).isEqualTo(ErrorCode.NO_ROUTE);
        assertThat(error(api.send("DELETE", "/bets/history", "Bearer " + ApiHarness.TOKEN), 405).code())
                .isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
        assertThat(error(api.post("/bets/place", "{\"notes\": \"" + "x".repeat(70_000) + "\"}"), 413).code())
                .isEqualTo(ErrorCode.BODY_TOO_LARGE);
    }

    @Test
    void aBadBodyTellsMalformedFromUnknownFromInvalid() throws Exception {
        assertThat(error(api.post("/bets/place", "{\"match_id\":"), 400)).extracting(ApiError::code, ApiError::field)
                .containsExactly(ErrorCode.MALFORMED_BODY, null);
        assertThat(error(api.post("/bets/place", "{\"matchid\": \"m\"}"), 400)).extracting(ApiError::code, ApiError::field)
                .containsExactly(ErrorCode.UNKNOWN_FIELD, "matchid");
        assertThat(error(api.post("/bets/place", "{\"stake\": \"10\"}"), 400)).extracting(ApiError::code, ApiError::field)
                .containsExactly(ErrorCode.INVALID_FIELD, "stake");
    }

    @Test
    void anInvalidBetNamesItsFieldAndTheRule() throws Exception {
        ApiError odds = error(api.post("/bets/place", BetRoutesTest.BET.replace("1.62", "1").formatted("")), 400);
        ApiError point = error(api.post("/bets/place", BetRoutesTest.BET.formatted(", \"point\": 0.5")), 400);

        assertThat(odds).isEqualTo(new ApiError("odds must be greater than 1 (got 1)", ErrorCode.INVALID_FIELD, "odds"));
        assertThat(point).isEqualTo(new ApiError("point: an h2h bet has no point (got 0.5)", ErrorCode.INVALID_FIELD, "point"));
    }

    @Test
    void aBetUpdateTellsParameterRequestFieldNotFoundAndConflictApart() throws Exception {
        BetRepository bets = new BetRepository(api.database.dsl());
        long id = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10"));

        assertThat(error(api.patch("/bets/abc/update", "{}"), 400)).extracting(ApiError::code, ApiError::field)
                .containsExactly(ErrorCode.INVALID_PARAMETER, "id");
        assertThat(error(api.patch("/bets/" + id + "/update", "{}"), 400).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(error(api.patch("/bets/" + id + "/update", "{\"status\": \"won\", \"home_score\": 2}"), 400))
                .extracting(ApiError::code, ApiError::field).containsExactly(ErrorCode.INVALID_FIELD, "away_score");
        assertThat(error(api.patch("/bets/999999/update", "{\"stake\": 5}"), 404).code()).isEqualTo(ErrorCode.NOT_FOUND);
        api.patch("/bets/" + id + "/update", "{\"status\": \"void\"}");
        assertThat(error(api.patch("/bets/" + id + "/update", "{\"stake\": 5}"), 409).code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void aJobTheBuildLacksIsUnavailableAndABadQueryNamesItsParameter() throws Exception {
        assertThat(error(api.post("/settlement/run-clv", ""), 503).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(error(api.get("/bets/history?status=maybe"), 400)).extracting(ApiError::code, ApiError::field)
                .containsExactly(ErrorCode.INVALID_PARAMETER, "status");
    }

    private ApiError error(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return mapper.readValue(response.body(), ApiError.class);
    }
}
