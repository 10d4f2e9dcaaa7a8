package com.monps.core.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries a database write while the server is unreachable (restarting, network cut), with exponential backoff and a
 * bounded number of attempts. Only lost connections are retried: a constraint violation or a bad statement fails at
 * once. The action must be one transaction, so that a failed attempt leaves nothing behind.
 */
public final class ConnectionRetry {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRetry.class);

    private final Duration firstWait;
    private final Duration longestWait;
    private final int attempts;

    public ConnectionRetry(Duration firstWait, Duration longestWait, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.attempts = attempts;
    }

    /** 1 s, 2 s, 4 s ... capped at 30 s, 10 attempts: about three minutes for the server to come back. */
    public static ConnectionRetry standard() {
        return new ConnectionRetry(Duration.ofSeconds(1), Duration.ofSeconds(30), 10);
    }

    public <T> T call(String what, Supplier<T> action) {
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (attempt == attempts || !isConnectionLoss(e)) {
                    throw e;
                }
                log.warn("{}: database unavailable ({}); retrying in {} ms (attempt {} of {})", what, rootMessage(e),
                        wait.toMillis(), attempt, attempts);
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(longestWait) > 0 ? longestWait : wait.multipliedBy(2);
            }
        }
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

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database to come back", e);
        }
    }
}
