package com.monps.agent.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The control API on Javalin (Jetty 12): each {@link Route} becomes a Javalin handler, the bearer token is checked by a
 * before-handler on every route not marked {@link Access#PUBLIC}, failures become {@code {"error": reason}} through
 * {@link ApiErrors}, and every request is timed by {@link RequestMetrics}. Refuses to start without a token.
 */
public final class ApiServer implements AutoCloseable {

    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Jetty's acceptor and selector take three of these; the database pool behind the handlers is small too. */
    private static final int MAX_THREADS = 12;
    private static final int MIN_THREADS = 4;
    private static final int STOP_GRACE_MILLIS = 2_000;
    /** An idle keep-alive connection is closed this soon at stop (Jetty waits a second by default). */
    private static final long IDLE_CLOSE_MILLIS = 50;

    /** The role of the routes answered without the token ({@code /health}). */
    enum Access implements RouteRole {
        PUBLIC
    }

    private final Javalin app;
    private final String host;

    private ApiServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Binds {@code address} and serves {@code routes}.
     *
     * @throws IllegalStateException when {@code token} is blank
     * @throws UncheckedIOException  when the address cannot be bound (in use, not local)
     */
    public static ApiServer start(InetSocketAddress address, String token, List<Route> routes, MeterRegistry meters) {
        BearerToken bearer = new BearerToken(token);
        Json json = new Json();
        ApiErrors errors = new ApiErrors(bearer, json);
        RequestMetrics metrics = new RequestMetrics(meters);
        Javalin app = Javalin.create(config -> {
            configure(config);
            config.routes.before(metrics::start);
            config.routes.beforeMatched(ctx -> {
                if (!ctx.routeRoles().contains(Access.PUBLIC)) {
                    bearer.require(ctx.header("Authorization"));
                }
            });
            for (Route route : routes) {
                RouteRole[] roles = route.requiresToken() ? new RouteRole[0] : new RouteRole[] {Access.PUBLIC};
                config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(),
                        ctx -> errors.send(ctx, route.handler().handle(new Request(ctx, json))), roles);
            }
            errors.register(config.routes);
            config.routes.after(metrics::record);
        });
        try {
            app.start(address.getHostString(), address.getPort());
        } catch (RuntimeException e) {
            app.stop();
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), new IOException(e));
        }
        return new ApiServer(app, address.getHostString());
    }

    private static void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = MAX_BODY_BYTES;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("api");
        threads.setDaemon(true);
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> server.setStopTimeout(STOP_GRACE_MILLIS));
    }

    /** Fails with the reason when {@code token} cannot protect the API (blank), before anything else starts. */
    public static void requireToken(String token) {
        new BearerToken(token);
    }

    /** The address actually bound (the port is chosen by the system when 0 was asked). */
    public InetSocketAddress address() {
        return new InetSocketAddress(host, app.port());
    }

    /** Stops accepting requests, lets the ones in progress finish (a couple of seconds at most), then stops. */
    @Override
    public void close() {
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector jetty) {
                jetty.setShutdownIdleTimeout(IDLE_CLOSE_MILLIS);
            }
        }
        app.stop();
    }
}
