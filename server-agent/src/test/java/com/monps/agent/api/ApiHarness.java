package com.monps.agent.api;

import com.monps.agent.plan.WatchChanges;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobRunner;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jooq.DSLContext;

import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;

/** A control API on a loopback port over a fresh database, and a client that speaks to it over real HTTP. */
final class ApiHarness implements AutoCloseable {

    static final String TOKEN = "test-token-7f3a9c1e5b2d";

    final Database database;
    final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final JobRunner runner;
    private final ApiServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiHarness() {
        this(dsl -> List.of());
    }

    /** With the jobs {@code jobs} builds over the harness's database. */
    ApiHarness(Function<DSLContext, List<Job>> jobs) {
        this.database = TestDatabase.fresh();
        this.runner = new JobRunner(database.dsl(), meters);
        List<Route> routes = ControlApi.routes(database.dsl(), runner, jobs.apply(database.dsl()), meters, meters::scrape, Clock.systemUTC(), new WatchChanges());
        this.server = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, routes, meters);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> patch(String path, String json) {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> getWithoutToken(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(String method, String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder);
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json");
    }

    URI uri(String path) {
        InetSocketAddress address = server.address();
        return URI.create("http://127.0.0.1:" + address.getPort() + path);
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
