package com.monps.agent.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticationTest {

    private final ApiHarness api = new ApiHarness();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void answersHealthWithoutToken() {
        HttpResponse<String> response = api.getWithoutToken("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @ParameterizedTest
    @CsvSource({
            "POST, /settlement/run-clv", "POST, /settlement/run-settlement", "GET, /settlement/stats",
            "POST, /bets/place", "GET, /bets/history", "GET, /bets/stats", "PATCH, /bets/1/update",
            "GET, /opportunities/brute", "GET, /opportunities/patron-scores", "GET, /metrics", "GET, /no/such/route"})
    void refusesEveryOtherRouteWithoutTheToken(String method, String path) {
        HttpResponse<String> response = api.send(method, path, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("missing or invalid token");
    }

    @ParameterizedTest
    @CsvSource(value = {"Bearer wrong-token", "Bearer ", "Basic dGVzdDp0ZXN0", "test-token-7f3a9c1e5b2d",
            "Bearer test-token-7f3a9c1e5b2dX"}, ignoreLeadingAndTrailingWhitespace = false)
    void refusesAWrongToken(String authorization) {
        HttpResponse<String> response = api.send("GET", "/bets/stats", authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(ApiHarness.TOKEN);
    }

    @Test
    void acceptsTheTokenWhateverTheCaseOfBearer() {
        assertThat(api.send("GET", "/bets/stats", "bearer " + ApiHarness.TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void answersUnknownRoutes404AndWrongMethods405OnceAuthenticated() {
        HttpResponse<String> unknown = api.get("/bets/everything");
        HttpResponse<String> wrongMethod = api.get("/bets/place");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"no route GET /bets/everything\",\"code\":\"no_route\"}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("use POST");
    }

    @Test
    void refusesToStartWithoutAToken() {
        assertThatThrownBy(() -> ApiServer.start(new InetSocketAddress("127.0.0.1", 0), " ", List.of(), api.meters))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("MONPS_AGENT_TOKEN is not set: the control API does not start without a token");
    }
}
