package com.monps.agent.api;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The control API over the JDK's HTTP server, on a small fixed pool of threads (the database pool is small too).
 * Refuses to start without a token.
 */
public final class ApiServer implements AutoCloseable {

    private static final int THREADS = 4;
    private static final int STOP_GRACE_SECONDS = 2;

    private final HttpServer server;
    private final ExecutorService executor;

    private ApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code address} and serves {@code routes}.
     *
     * @throws IllegalStateException when {@code token} is blank
     * @throws UncheckedIOException  when the address cannot be bound (in use, not local)
     */
    public static ApiServer start(InetSocketAddress address, String token, List<Route> routes, MeterRegistry meters) {
        ApiDispatcher dispatcher = new ApiDispatcher(routes, new BearerToken(token), new Json(), new RequestMetrics(meters));
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS,
                r -> Thread.ofPlatform().name("api-" + counter.incrementAndGet()).daemon().unstarted(r));
        server.createContext("/", dispatcher);
        server.setExecutor(executor);
        server.start();
        return new ApiServer(server, executor);
    }

    /** Fails with the reason when {@code token} cannot protect the API (blank), before anything else starts. */
    public static void requireToken(String token) {
        new BearerToken(token);
    }

    /** The address actually bound (the port is chosen by the system when 0 was asked). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting requests, lets the ones in progress finish (a couple of seconds at most), then stops. */
    @Override
    public void close() {
        server.stop(STOP_GRACE_SECONDS);
        executor.shutdown();
    }
}
