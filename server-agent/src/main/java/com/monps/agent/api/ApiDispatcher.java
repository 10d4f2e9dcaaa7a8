package com.monps.agent.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one handler of the server: checks the token (every route but the public ones), finds the route, reads the body
 * (at most 64 KiB), runs the handler and writes its answer. A refused request gets {@code {"error": reason}}; an
 * unexpected failure is logged and answered 500 without internals.
 */
final class ApiDispatcher implements HttpHandler {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final String UNMATCHED = "unmatched";

    private static final Logger log = LoggerFactory.getLogger(ApiDispatcher.class);

    private final List<Route> routes;
    private final BearerToken token;
    private final Json json;
    private final RequestMetrics metrics;

    ApiDispatcher(List<Route> routes, BearerToken token, Json json, RequestMetrics metrics) {
        this.routes = List.copyOf(routes);
        this.token = token;
        this.json = json;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Optional<Matched> matched = find(method, path);
        Response response = answer(exchange, method, path, matched);
        try (exchange) {
            send(exchange, response);
        } finally {
            metrics.record(method, matched.map(m -> m.route().endpoint()).orElse(UNMATCHED), response.status(),
                    System.nanoTime() - start);
        }
    }

    private Response answer(HttpExchange exchange, String method, String path, Optional<Matched> matched) {
        boolean open = matched.isPresent() && !matched.get().route().requiresToken();
        if (!open && !token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return error(401, "missing or invalid token: send the header 'Authorization: Bearer <MONPS_AGENT_TOKEN>'");
        }
        if (matched.isEmpty()) {
            return routeMissing(method, path);
        }
        try {
            byte[] body = readBody(exchange.getRequestBody());
            String query = exchange.getRequestURI().getRawQuery();
            return matched.get().route().handler().handle(new Request(matched.get().variables(), query, body, json));
        } catch (ApiException e) {
            return error(e.status(), e.getMessage());
        } catch (Exception e) {
            return failure(method + " " + matched.get().route().endpoint(), e);
        }
    }

    private static Response failure(String endpoint, Exception e) {
        if (e instanceof DataAccessException data && isBadData(data)) {
            return error(400, "the database refused the values: " + firstLine(data.getCause().getMessage()));
        }
        log.error("{} failed", endpoint, e);
        return error(500, "internal error: see the agent's log");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private Optional<Matched> find(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Optional<Map<String, String>> variables = route.path().match(path);
                if (variables.isPresent()) {
                    return Optional.of(new Matched(route, variables.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Response routeMissing(String method, String path) {
        List<String> allowed = routes.stream().filter(r -> r.path().match(path).isPresent()).map(Route::method).toList();
        if (allowed.isEmpty()) {
            return error(404, "no route " + method + " " + path);
        }
        return error(405, "method " + method + " not allowed on " + path + " (use " + String.join(", ", allowed) + ")");
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    /** SQL states of class 22 (data exception) and 23 (constraint violation): values the database will not store. */
    private static boolean isBadData(DataAccessException e) {
        String state = e.sqlState();
        return e.getCause() != null && state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.isJson() ? json.write(response.body()) : response.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        if (response.status() == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Response error(int status, String reason) {
        return Response.json(status, new ErrorBody(reason));
    }

    record ErrorBody(String error) {
    }

    private record Matched(Route route, Map<String, String> variables) {
    }
}
