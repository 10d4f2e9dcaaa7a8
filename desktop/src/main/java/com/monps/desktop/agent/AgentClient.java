package com.monps.desktop.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * token; a non-2xx answer becomes an {@link AgentException} with the agent's own message ({@code error} or {@code summary}).
 */
public final class AgentClient {

    /** What the agent answers to a run request. */
    public record RunAnswer(String job, String status, Integer items, String summary) {
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http;
    private final Supplier<URI> baseUri;
    private final Supplier<Optional<String>> token;
    private final ObjectMapper json = JsonMappers.tolerant();

    public AgentClient(HttpClient http, Supplier<URI> baseUri, Supplier<Optional<String>> token) {
        this.http = http;
        this.baseUri = baseUri;
        this.token = token;
    }

    public RunAnswer runSettlement() throws AgentException {
        return toAnswer(send("POST", "/settlement/run-settlement"));
    }

    public RunAnswer runClv() throws AgentException {
        return toAnswer(send("POST", "/settlement/run-clv"));
    }

    /** The agent's settlement statistics as it sends them (jobs, bet counts, matches needing review). */
    public JsonNode stats() throws AgentException {
        return send("GET", "/settlement/stats");
    }

    public URI baseUri() {
        return baseUri.get();
    }

    private JsonNode send(String method, String path) throws AgentException {
        String bearer = token.get().orElseThrow(() -> new AgentException(401, "no agent token configured", null));
        URI uri = baseUri.get().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AgentException(0, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentException(0, "interrupted", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new AgentException(response.statusCode(), message(body, response.body()), null);
        }
        return body;
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode().put("error", body);
        }
    }

    private static String message(JsonNode body, String raw) {
        for (String field : new String[] {"error", "summary", "message"}) {
            if (body.hasNonNull(field)) {
                return body.get(field).asText();
            }
        }
        return raw == null || raw.isBlank() ? "no message" : raw;
    }

    private static RunAnswer toAnswer(JsonNode body) {
        return new RunAnswer(body.path("job").asText(null), body.path("status").asText(null),
                body.hasNonNull("items") ? body.get("items").asInt() : null, body.path("summary").asText(null));
    }
}
