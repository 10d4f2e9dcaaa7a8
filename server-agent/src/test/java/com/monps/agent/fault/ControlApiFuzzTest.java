package com.monps.agent.fault;

import com.monps.agent.plan.WatchChanges;
import com.monps.agent.api.ApiServer;
import com.monps.agent.api.ControlApi;
import com.monps.agent.clv.ClvJob;
import com.monps.agent.jobs.JobRunner;
import com.monps.core.db.Database;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the control API fed malformed requests (seeded random loops; the seed and request are in each failure
 * message): random bytes, JSON of the wrong shape, fields of the wrong type, huge and negative numbers, long strings,
 * bad query parameters and path ids. Each answer is a 2xx or a 4xx with a JSON reason, never a 5xx, and a refused
 * request leaves the bets exactly as they were.
 */
class ControlApiFuzzTest {

    private static final String TOKEN = "fuzz-token-1b7e4c9d2a";
    private static final String[] VALUES = {"null", "true", "-1", "0", "1e400", "-1e400", "99999999999999999999999999",
            "1.0000000001", "\"\"", "\"x\"", "\"" + "y".repeat(70_000) + "\"", "[]", "{}", "\"2024-13-45T99:00:00Z\"",
            "\"\\u0000\"", "\"home\"", "\"WON\"", "\"1.5\"", "3.5", "\"NaN\"", "-0.01", "1", "2147483648"};
    private static final String[] FIELDS = {"match_id", "home_team", "away_team", "sport", "league", "commence_time",
            "outcome", "odds", "stake", "bookmaker", "edge_pct", "patron_score", "patron_confidence", "opportunity_id",
            "notes", "status", "home_score", "away_score", "unknown_field"};
    private static final String[] QUERY = {"", "?limit=abc", "?limit=-1", "?limit=0", "?limit=99999999999999999999",
            "?limit=%00", "?status=zzz", "?status=", "?sport=" + "s".repeat(3000), "?limit=5&limit=6", "?status=%FF%FE", "?status=WON"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST /bets/place", "PATCH /bets/{id}/update", "GET /bets/history", "GET /bets/stats",
            "POST /settlement/run-clv", "GET /settlement/stats", "GET /opportunities/brute",
            "GET /opportunities/patron-scores", "GET /health", "GET /metrics"})
    void malformedRequestsGetA4xxAndChangeNothing(String route) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        Random random = new Random(route.hashCode());
        try (Database db = TestDatabase.fresh()) {
            long betId = new BetRepository(db.dsl()).insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10.00"));
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            JobRunner runner = new JobRunner(db.dsl(), meters);
            try (ApiServer server = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN,
                    ControlApi.routes(db.dsl(), runner, List.of(new ClvJob(db.dsl(), Clock.systemUTC())), meters, meters::scrape, Clock.systemUTC(), new WatchChanges()),
                    meters)) {
                for (int round = 0; round < 40; round++) {
                    String path = route.substring(route.indexOf(' ') + 1).replace("{id}", pathId(random, betId))
                            + QUERY[random.nextInt(QUERY.length)];
                    byte[] body = method.equals("GET") ? new byte[0] : body(random);
                    String bets = snapshot(db);

                    HttpResponse<String> answer;
                    // A client of its own per request: HTTP/1.1 lets a server close a kept-alive connection after a
                    // refusal, and a PATCH or POST sent on it just then (never retried) would look like no answer.
                    try (HttpClient client = HttpClient.newHttpClient()) {
                        answer = client.send(HttpRequest.newBuilder(uri(server, path))
                                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                    }

                    String request = method + " " + path + " " + abbreviate(new String(body));
                    assertThat(answer.statusCode()).as(request).isBetween(200, 499);
                    if (answer.statusCode() >= 400) {
                        assertThat(answer.body()).as(request).startsWith("{").contains("\"");
                        assertThat(snapshot(db)).as(request).isEqualTo(bets);
                    }
                }
            }
        }
    }

    private static String pathId(Random random, long betId) {
        String[] ids = {Long.toString(betId), "abc", "-1", "0", "99999999999999999999", "1e3", "%20", Long.toString(betId + 1000)};
        return ids[random.nextInt(ids.length)];
    }

    private static byte[] body(Random random) {
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                String[] shapes = {"", "null", "[]", "\"x\"", "123", "{", "{\"odds\":", "{}}", "[{}]"};
                return shapes[random.nextInt(shapes.length)].getBytes();
            }
            default -> {
                StringBuilder json = new StringBuilder("{");
                int fields = 1 + random.nextInt(8);
                for (int i = 0; i < fields; i++) {
                    json.append(i == 0 ? "" : ",").append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":")
                            .append(VALUES[random.nextInt(VALUES.length)]);
                }
                return json.append('}').toString().getBytes();
            }
        }
    }

    /** Every column of every bet, to see that a refused request changed nothing. */
    private static String snapshot(Database db) {
        return String.valueOf(db.dsl().fetchValue("SELECT coalesce(md5(string_agg(b::text, '|' ORDER BY id)), '') FROM bets b"));
    }

    private static URI uri(ApiServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
