package com.monps.core.db;

import com.monps.core.retry.Backoff;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The database's retry policy: retries a write while the server is unreachable (restarting, network cut), with
 * exponential backoff and jitter ({@link Backoff}) and a bounded number of attempts, through resilience4j. Only lost
 * connections are retried: a constraint violation or a bad statement fails at once, and the last attempt's failure is
 * rethrown as it was. The action must be one transaction, so that a failed attempt leaves nothing behind.
 */
public final class ConnectionRetry {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRetry.class);

    private final RetryConfig config;

    public ConnectionRetry(Duration firstWait, Duration longestWait, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.config = RetryConfig.custom()
                .maxAttempts(attempts)
                .intervalFunction(Backoff.exponentialWithJitter(firstWait, longestWait))
                .retryOnException(ConnectionRetry::isConnectionLoss)
                .build();
    }

    /** About 1 s, 2 s, 4 s ... up to 30 s, 10 attempts: about three minutes for the server to come back. */
    public static ConnectionRetry standard() {
        return new ConnectionRetry(Duration.ofSeconds(1), Duration.ofSeconds(30), 10);
    }

    public <T> T call(String what, Supplier<T> action) {
        Retry retry = Retry.of(what, config);
        int attempts = config.getMaxAttempts();
        retry.getEventPublisher().onRetry(event -> log.warn("{}: database unavailable ({}); retrying in {} ms (attempt {} of {})",
                what, rootMessage(event.getLastThrowable()), event.getWaitInterval().toMillis(), event.getNumberOfRetryAttempts(),
                attempts));
        return retry.executeSupplier(action);
    }

    public void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    /** SQL state class 08 (connection exception) or 57P0x (the server shut down or restarted), anywhere in the causes. */
    static boolean isConnectionLoss(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
