package com.monps.core.retry;

import io.github.resilience4j.core.IntervalFunction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final IntervalFunction backoff = Backoff.exponentialWithJitter(Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void eachWaitDoublesWithinItsJitterUpToTheLongest() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(backoff.apply(1)).isBetween(50L, 150L);
            assertThat(backoff.apply(2)).isBetween(100L, 300L);
            assertThat(backoff.apply(3)).isBetween(200L, 600L);
            assertThat(backoff.apply(9)).isEqualTo(1_000L);
        }
    }

    @Test
    void twoAgentsCutOffTogetherDoNotComeBackTogether() {
        Set<Long> firstWaits = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            firstWaits.add(backoff.apply(1));
        }
        assertThat(firstWaits).hasSizeGreaterThan(20);
    }

    @Test
    void aZeroFirstWaitBecomesOneMillisecond() {
        assertThat(Backoff.exponentialWithJitter(Duration.ZERO, Duration.ZERO).apply(1)).isEqualTo(1L);
    }
}
