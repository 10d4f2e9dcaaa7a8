package com.monps.core.db;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Listens to PostgreSQL NOTIFY channels on a dedicated connection and tells subscribers that their table changed.
 * A burst of notifications is coalesced: a channel is delivered once after {@code quiet} without news (at the latest
 * after {@code maxDelay}). Subscribers are called through {@code deliver} (the FX thread in the application).
 * When the connection is lost, it reports offline, reconnects, and delivers every channel once on reconnection,
 * since changes may have been missed.
 */
@QueryClass
public final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final Duration RECONNECT_EVERY = Duration.ofSeconds(3);

    /** Opens the connection the feed holds for as long as it listens. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final ConnectionFactory connections;
    private final Collection<String> channels;
    private final Executor deliver;
    private final Duration quiet;
    private final Duration maxDelay;
    private final Map<String, List<Runnable>> subscribers = new ConcurrentHashMap<>();
    private final List<Consumer<Boolean>> connectionListeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition retrySignal = lock.newCondition();
    private final Thread thread;
    private volatile boolean running = true;

    public ChangeFeed(ConnectionFactory connections, Collection<String> channels, Executor deliver, Duration quiet, Duration maxDelay) {
        this.connections = connections;
        this.channels = List.copyOf(channels);
        this.deliver = deliver;
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.thread = Thread.ofPlatform().daemon().name("monps-notify").unstarted(this::run);
    }

    public ChangeFeed start() {
        thread.start();
        return this;
    }

    /** Calls {@code onChange} after each (coalesced) change of {@code channel}; closing the result unsubscribes. */
    public AutoCloseable subscribe(String channel, Runnable onChange) {
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> subscribers.getOrDefault(channel, List.of()).remove(onChange);
    }

    /** {@code true} when the feed (re)connects, {@code false} when it loses its connection. Called on the feed's thread. */
    public void onConnectionChange(Consumer<Boolean> listener) {
        connectionListeners.add(listener);
    }

    /** Stops waiting before the next reconnection attempt. */
    public void retryNow() {
        lock.lock();
        try {
            retrySignal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        boolean firstConnection = true;
        while (running) {
            try (Connection connection = connections.open()) {
                listen(connection);
                connectionListeners.forEach(l -> l.accept(true));
                if (!firstConnection) {
                    dispatch(Set.copyOf(channels));
                }
                firstConnection = false;
                pump(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("change feed lost its connection: {}", e.getMessage());
                    connectionListeners.forEach(l -> l.accept(false));
                    awaitRetry();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String channel : channels) {
                statement.execute("LISTEN " + channel);
            }
        }
    }

    private void pump(PGConnection connection) throws SQLException {
        Set<String> pending = new LinkedHashSet<>();
        long firstPendingAt = 0;
        while (running) {
            PGNotification[] batch = connection.getNotifications(pending.isEmpty() ? 1_000 : (int) quiet.toMillis());
            boolean news = batch != null && batch.length > 0;
            if (news) {
                if (pending.isEmpty()) {
                    firstPendingAt = System.nanoTime();
                }
                for (PGNotification notification : batch) {
                    pending.add(notification.getName());
                }
            }
            boolean overdue = !pending.isEmpty() && System.nanoTime() - firstPendingAt >= maxDelay.toNanos();
            if (!pending.isEmpty() && (!news || overdue)) {
                dispatch(Set.copyOf(pending));
                pending.clear();
            }
        }
    }

    private void dispatch(Set<String> changed) {
        for (String channel : changed) {
            for (Runnable subscriber : subscribers.getOrDefault(channel, List.of())) {
                deliver.execute(subscriber);
            }
        }
    }

    private void awaitRetry() {
        lock.lock();
        try {
            retrySignal.await(RECONNECT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
