package com.monps.agent.api;

import io.javalin.http.Context;

import java.util.Optional;
import java.util.function.Function;

/** A request as a route sees it: path variables, query parameters and the body, with typed reads that answer 400. */
public final class Request {

    private final Context ctx;
    private final Json json;

    Request(Context ctx, Json json) {
        this.ctx = ctx;
        this.json = json;
    }

    /** A path variable that must be a positive whole number, such as a bet id. */
    public long idVariable(String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalidParameter(name, name + " must be a positive whole number (got '" + value + "')");
    }

    /** The first value of a query parameter, trimmed; empty when absent or blank. */
    public Optional<String> query(String name) {
        try {
            return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank()).map(String::trim);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(name, "malformed query string: " + e.getMessage());
        }
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
        throw ApiException.invalidParameter(name, name + " must be a whole number between " + min + " and " + max + " (got '" + value.get() + "')");
    }

    /** A parameter's {@code value} read by {@code parser} ({@code BetStatus::fromCode}); its refusal a 400 naming the parameter. */
    public <T> T parameter(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(name, e.getMessage());
        }
    }

    /** The JSON body as a {@code type}; larger than {@link ApiServer#MAX_BODY_BYTES}, Javalin answers 413. */
    public <T> T body(Class<T> type) {
        return json.read(ctx.bodyAsBytes(), type);
    }
}
