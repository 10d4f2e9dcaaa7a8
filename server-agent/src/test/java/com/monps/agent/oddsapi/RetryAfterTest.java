package com.monps.agent.oddsapi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void readsDelaySecondsAndAnHttpDate() {
        assertThat(RetryAfter.of("2", NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.of("Tue, 01 Dec 2026 12:00:05 GMT", NOW)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.of("Tue, 01 Dec 2026 11:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anAbsentOrUnreadableHeaderLeavesTheWaitToTheBackoff() {
        assertThat(RetryAfter.of(null, NOW)).isNull();
        assertThat(RetryAfter.of("soon", NOW)).isNull();
        assertThat(RetryAfter.of("-3", NOW)).isNull();
    }
}
