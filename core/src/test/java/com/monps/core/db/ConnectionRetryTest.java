package com.monps.core.db;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionRetryTest {

    private final ConnectionRetry retry = new ConnectionRetry(Duration.ofMillis(1), Duration.ofMillis(4), 4);

    @Test
    void aLostConnectionIsRetriedUntilTheWriteSucceeds() {
        AtomicInteger calls = new AtomicInteger();

        String result = retry.call("write", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("Connection refused", "08001"));
            }
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(calls).hasValue(3);
    }

    @Test
    void theServerShuttingDownCountsAsALostConnection() {
        assertThat(ConnectionRetry.isConnectionLoss(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(ConnectionRetry.isConnectionLoss(new SQLTransientConnectionException("pool timed out"))).isTrue();
    }

    @Test
    void aConstraintViolationFailsAtOnce() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.run("write", () -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new SQLException("violates check constraint", "23514"));
        })).hasRootCauseMessage("violates check constraint");
        assertThat(calls).hasValue(1);
    }

    @Test
    void theLastAttemptsFailureIsRethrown() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.run("write", () -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new SQLException("Connection refused", "08001"));
        })).hasRootCauseMessage("Connection refused");
        assertThat(calls).hasValue(4);
    }
}
