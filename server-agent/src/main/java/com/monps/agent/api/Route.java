package com.monps.agent.api;

import java.util.Objects;

/**
 * One endpoint: method, path in Javalin's syntax ({@code /bets/{id}/update}), whether it needs the token, and its
 * handler.
 */
public record Route(String method, String path, boolean requiresToken, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    public static Route get(String template, Handler handler) {
        return new Route("GET", template, true, handler);
    }

    public static Route post(String template, Handler handler) {
        return new Route("POST", template, true, handler);
    }

    public static Route patch(String template, Handler handler) {
        return new Route("PATCH", template, true, handler);
    }

    public static Route publicGet(String template, Handler handler) {
        return new Route("GET", template, false, handler);
    }

}
