package com.monps.agent.api;

import java.util.Objects;

/** One endpoint: method, path template ({@code /bets/{id}/update}), whether it needs the token, and its handler. */
public record Route(String method, PathTemplate path, boolean requiresToken, Handler handler) {

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
        return new Route("GET", PathTemplate.of(template), true, handler);
    }

    public static Route post(String template, Handler handler) {
        return new Route("POST", PathTemplate.of(template), true, handler);
    }

    public static Route patch(String template, Handler handler) {
        return new Route("PATCH", PathTemplate.of(template), true, handler);
    }

    public static Route publicGet(String template, Handler handler) {
        return new Route("GET", PathTemplate.of(template), false, handler);
    }

    /** The template, used as the {@code route} tag of the request metrics. */
    public String endpoint() {
        return path.template();
    }
}
