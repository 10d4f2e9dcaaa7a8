package com.monps.agent.testing;

import com.monps.agent.oddsapi.ApiRequestLog;
import com.monps.core.db.ConnectionRetry;
import com.monps.core.domain.Market;
import com.monps.agent.oddsapi.OddsApiClient;
import com.monps.agent.oddsapi.OddsApiSettings;
import com.monps.agent.oddsapi.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A MockWebServer standing in for The Odds API, and clients wired to it with short timeouts and a 1 ms backoff. */
public final class StandInApi implements AutoCloseable {

    public static final String KEY = "k3y-0f-the-test-5ecret-81f2";

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder()
            .readTimeout(Duration.ofMillis(300))
            .callTimeout(Duration.ofSeconds(5))
            .build();

    public StandInApi() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MockWebServer server() {
        return server;
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public void enqueue(MockResponse... responses) {
        for (MockResponse response : responses) {
            server.enqueue(response);
        }
    }

    public OddsApiClient client(DSLContext dsl, MeterRegistry meters) {
        return client(dsl, meters, List.of("eu"), List.of());
    }

    public OddsApiClient client(DSLContext dsl, MeterRegistry meters, List<String> regions, List<String> bookmakers) {
        return client(settings(regions, bookmakers), new ApiRequestLog(dsl, meters), meters);
    }

    /** A client whose ledger waits for the database as {@code retry} says. */
    public OddsApiClient client(DSLContext dsl, MeterRegistry meters, ConnectionRetry retry) {
        return client(settings(List.of("eu"), List.of()), new ApiRequestLog(dsl, meters, retry), meters);
    }

    /** A client asking {@code markets} (MONPS_MARKETS) in region eu. */
    public OddsApiClient client(DSLContext dsl, MeterRegistry meters, List<Market> markets) {
        return client(new OddsApiSettings(server.url("/"), KEY, List.of("eu"), List.of(), new RetryPolicy(3, Duration.ofMillis(1)),
                markets), new ApiRequestLog(dsl, meters), meters);
    }

    private OddsApiClient client(OddsApiSettings settings, ApiRequestLog ledger, MeterRegistry meters) {
        return new OddsApiClient(http, settings, ledger, meters);
    }

    private OddsApiSettings settings(List<String> regions, List<String> bookmakers) {
        return new OddsApiSettings(server.url("/"), KEY, regions, bookmakers, new RetryPolicy(3, Duration.ofMillis(1)),
                List.of(Market.H2H));
    }

    public static MockResponse ok(String json, int remaining, int used, int last) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("x-requests-remaining", remaining).addHeader("x-requests-used", used)
                .addHeader("x-requests-last", last).body(json).build();
    }

    public static MockResponse refusal(int status, String errorCode, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader("x-requests-remaining", status == 401 && "OUT_OF_USAGE_CREDITS".equals(errorCode) ? 0 : 400)
                .addHeader("x-requests-used", 100).addHeader("x-requests-last", 0)
                .body(Payloads.error(errorCode, message)).build();
    }

    public static MockResponse serverError() {
        return new MockResponse.Builder().code(500).body("<html>Internal Server Error</html>").build();
    }

    /** An answer that arrives after the client's read timeout. */
    public static MockResponse tooSlow() {
        return new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.SECONDS).body("[]").build();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }
}
