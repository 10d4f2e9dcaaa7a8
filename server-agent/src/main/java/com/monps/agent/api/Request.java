package com.monps.agent.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A request as a route sees it: path variables, query parameters and the body, with typed reads that answer 400. */
public final class Request {

    private final Map<String, String> pathVariables;
    private final Map<String, String> query;
    private final byte[] body;
    private final Json json;

    Request(Map<String, String> pathVariables, String rawQuery, byte[] body, Json json) {
        this.pathVariables = Map.copyOf(pathVariables);
        this.query = parseQuery(rawQuery);
        this.body = body;
        this.json = json;
    }

    /** A path variable that must be a positive whole number, such as a bet id. */
    public long idVariable(String name) {
        String value = pathVariables.get(name);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be a positive whole number (got '" + value + "')");
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isBlank()).map(String::trim);
    }

    /** A whole-number query parameter between {@code min} and {@code max}, or {@code fallback} when absent. */
    public int intQuery(String name, int fallback, int min, int max) {
        Optional<String> value = query(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be a whole number between " + min + " and " + max + " (got '" + value.get() + "')");
    }

    public <T> T body(Class<T> type) {
        return json.read(body, type);
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                parameters.putIfAbsent(decode(key), decode(value));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("malformed query string: " + e.getMessage());
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
