package com.monps.desktop.agent;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP server on a free local port answering the agent's settlement routes the way the agent does (JSON bodies,
 * {@code {"error": ...}} on refusal, bearer token {@code s3cret}), recording every request it receives.
 */
final class LocalAgent implements AutoCloseable {

    static final String TOKEN = "s3cret";

    private final HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    LocalAgent() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String path = exchange.getRequestURI().getPath();
            seen.add(exchange.getRequestMethod() + " " + path + " " + auth);
            String[] answer = answer(path, auth);
            byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private static String[] answer(String path, String auth) {
        if (!("Bearer " + TOKEN).equals(auth)) {
            return new String[] {"401", "{\"error\": \"missing or wrong bearer token\"}"};
        }
        return switch (path) {
            case "/settlement/run-settlement" ->
                    new String[] {"200", "{\"job\": \"settle\", \"status\": \"success\", \"items\": 3, \"summary\": \"3 bets settled\"}"};
            case "/settlement/run-clv" ->
                    new String[] {"500", "{\"job\": \"clv\", \"status\": \"failed\", \"items\": null, \"summary\": \"database unreachable\"}"};
            case "/settlement/stats" -> new String[] {"200", "{\"jobs\": [{\"job\": \"settle\", \"lastStatus\": \"success\", \"runs\": 4,"
                    + " \"failures\": 1}], \"bets\": {\"pending\": 2, \"settledAuto\": 7}, \"matchesNeedingReview\": 0}"};
            default -> new String[] {"404", "{\"error\": \"no route " + path + "\"}"};
        };
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<String> seen() {
        return seen;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
