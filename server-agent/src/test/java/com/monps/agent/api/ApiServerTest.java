package com.monps.agent.api;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server itself, without a database: binding, and what the request timer is tagged with. */
class ApiServerTest {

    private static final String TOKEN = "server-test-token-5c1d";
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Route> routes = List.of(
            Route.publicGet("/health", request -> Response.ok(Map.of("status", "ok"))),
            Route.get("/bets/{id}/view", request -> Response.ok(Map.of("id", request.idVariable("id")))));

    @Test
    void aPortInUseIsRefusedWithTheAddress() {
        try (ApiServer first = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, routes, meters)) {
            InetSocketAddress taken = first.address();

            assertThatThrownBy(() -> ApiServer.start(taken, TOKEN, routes, meters))
                    .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("cannot listen on " + taken);
        }
    }

    @Test
    void everyRequestIsTimedByItsRouteTemplateEvenWhenRefused() throws Exception {
        try (ApiServer server = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, routes, meters)) {
            HttpClient client = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.address().getPort());

            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(base.resolve("/bets/7/view"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(base.resolve("/bets/8/view")).build(),
                    HttpResponse.BodyHandlers.ofString());
            client.send(HttpRequest.newBuilder(base.resolve("/nowhere")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ok.body()).isEqualTo("{\"id\":7}");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(meters.get("monps.http.requests").tags("route", "/bets/{id}/view", "status", "200").timer().count()).isEqualTo(1);
            assertThat(meters.get("monps.http.requests").tags("route", "/bets/{id}/view", "status", "401").timer().count()).isEqualTo(1);
            assertThat(meters.get("monps.http.requests").tags("route", "unmatched", "status", "404").timer().count()).isEqualTo(1);
        }
    }
}
