package com.monps.desktop.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.api.JobRunAnswer;
import com.monps.core.api.SettlementStats;
import com.monps.core.json.JsonMappers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agent's control API: run settlement or CLV now, read the settlement statistics. Every call carries the bearer
 * token; answers are read as the contract's records ({@code core.api}); a non-2xx answer becomes an
 * {@link AgentException} with the agent's {@link ErrorCode} and message, or the failed job's message.
 */
public final class AgentClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String NO_MESSAGE = "no message";

    private final HttpClient http;
    private final Supplier<URI> baseUri;
    private final Supplier<Optional<String>> token;
    /** The agent may add fields: they are ignored, not refused. */
    private final ObjectMapper json = JsonMappers.tolerant();

    public AgentClient(HttpClient http, Supplier<URI> baseUri, Supplier<Optional<String>> token) {
        this.http = http;
        this.baseUri = baseUri;
        this.token = token;
    }

    public JobRunAnswer runSettlement() throws AgentException {
        return send("POST", "/settlement/run-settlement", JobRunAnswer.class);
    }

    public JobRunAnswer runClv() throws AgentException {
        return send("POST", "/settlement/run-clv", JobRunAnswer.class);
    }

    /** The agent's settlement statistics: the jobs' last runs, the bet counts, the matches needing review. */
    public SettlementStats stats() throws AgentException {
        return send("GET", "/settlement/stats", SettlementStats.class);
    }

    public URI baseUri() {
        return baseUri.get();
    }

    private <T> T send(String method, String path, Class<T> answer) throws AgentException {
        String bearer = token.get().orElseThrow(AgentException::noToken);
        HttpRequest request = HttpRequest.newBuilder(baseUri.get().resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw AgentException.unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AgentException.unreachable("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw refusal(response, answer);
        }
        return read(response.body(), answer).orElseThrow(() -> AgentException.refused(response.statusCode(),
                ApiError.of(ErrorCode.UNKNOWN, "unreadable answer: " + text(response.body()))));
    }

    /** A failed run answers 500 with the run's own body; every other refusal is an {@link ApiError}. */
    private AgentException refusal(HttpResponse<String> response, Class<?> answer) {
        if (answer == JobRunAnswer.class) {
            Optional<JobRunAnswer> run = read(response.body(), JobRunAnswer.class)
                    .filter(r -> r.job() != null && JobRunAnswer.FAILED.equals(r.status()));
            if (run.isPresent()) {
                return AgentException.runFailed(response.statusCode(), run.get());
            }
        }
        ApiError error = read(response.body(), ApiError.class)
                .orElseGet(() -> ApiError.of(ErrorCode.UNKNOWN, text(response.body())));
        return AgentException.refused(response.statusCode(), error);
    }

    private <T> Optional<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? NO_MESSAGE : raw;
    }
}
