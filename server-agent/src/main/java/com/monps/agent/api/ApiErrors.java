package com.monps.agent.api;

import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Every answer of the control API leaves here: a route's {@link Response}, or a refusal as an {@link ApiError}
 * ({@code {"error": reason, "code": code}}, with the {@code field} when one is at fault)
 * (401 with {@code WWW-Authenticate}, 404 and 405 naming the route, 413, a route's {@link ApiException}, a value the
 * database refused as a 400 naming the field). An unexpected failure is logged and answered 500 without internals.
 */
final class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final BearerToken token;
    private final Json json;

    ApiErrors(BearerToken token, Json json) {
        this.token = token;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.error()));
        routes.exception(HttpResponseException.class, this::framework);
        routes.exception(DataAccessException.class, (e, ctx) -> refused(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method().name(), endpoint(ctx), e);
            send(ctx, 500, INTERNAL);
        });
    }

    void send(Context ctx, Response response) {
        byte[] bytes = response.isJson() ? json.write(response.body()) : response.body().toString().getBytes(StandardCharsets.UTF_8);
        ctx.status(response.status()).contentType(response.contentType());
        if (response.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.result(bytes);
    }

    private static final long DRAIN_LIMIT = 1 << 20;
    private static final ApiError INTERNAL = ApiError.of(ErrorCode.INTERNAL, "internal error: see the agent's log");

    private void send(Context ctx, int status, ApiError error) {
        send(ctx, Response.json(status, error));
    }

    private void send(Context ctx, int status, ErrorCode code, String reason) {
        send(ctx, status, ApiError.of(code, reason));
    }

    /** Javalin's own refusals: no such route, wrong method, body too large. Without the token, every route is a 401. */
    private void framework(HttpResponseException e, Context ctx) {
        boolean noRoute = e.getStatus() == HttpStatus.NOT_FOUND.getCode() || e instanceof MethodNotAllowedResponse;
        if (noRoute && !token.accepts(ctx.header("Authorization"))) {
            send(ctx, 401, ErrorCode.UNAUTHORIZED, BearerToken.REFUSAL);
        } else if (e instanceof MethodNotAllowedResponse notAllowed) {
            String allowed = notAllowed.getDetails().values().stream().findFirst().orElse("");
            send(ctx, 405, ErrorCode.METHOD_NOT_ALLOWED, "method " + ctx.method().name() + " not allowed on " + ctx.path() + " (use " + allowed + ")");
        } else if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
            send(ctx, 404, ErrorCode.NO_ROUTE, "no route " + ctx.method().name() + " " + ctx.path());
        } else if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
            drainBody(ctx);
            send(ctx, 413, ErrorCode.BODY_TOO_LARGE, "request body larger than " + ApiServer.MAX_BODY_BYTES + " bytes");
        } else {
            send(ctx, e.getStatus(), e.getStatus() >= 500 ? ErrorCode.INTERNAL : ErrorCode.INVALID_REQUEST, e.getMessage());
        }
    }

    /**
     * Reads and drops what is left of a refused body (up to {@link #DRAIN_LIMIT}) before the 413 is written. Javalin
     * refuses on the declared length without reading; Jetty then closed the connection under a client still sending,
     * which saw a reset instead of the answer (ControlApiFuzzTest, now and then). A larger body still gets the close.
     */
    private static void drainBody(Context ctx) {
        try {
            InputStream body = ctx.req().getInputStream();
            body.skipNBytes(Math.min(Math.max(ctx.req().getContentLengthLong(), 0), DRAIN_LIMIT));
        } catch (IOException | RuntimeException e) {
            log.debug("refused body not drained: {}", e.getMessage());
        }
    }

    private void refused(Context ctx, DataAccessException e) {
        DatabaseRefusal.refusal(e).ifPresentOrElse(refusal -> {
            log.warn("{} {}: the database refused the values: {}", ctx.method().name(), endpoint(ctx), e.getMessage());
            send(ctx, 400, refusal);
        }, () -> {
            log.error("{} {} failed", ctx.method().name(), endpoint(ctx), e);
            send(ctx, 500, INTERNAL);
        });
    }

    private static String endpoint(Context ctx) {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? ctx.path() : matched.path;
    }
}
