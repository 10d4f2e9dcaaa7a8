package com.monps.agent.oddsapi;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff for 429, 5xx and timeouts: attempt n (from 1) waits {@code base × 2^(n−1)}
 * before the next one.
 */
public record RetryPolicy(int maxAttempts, Duration base) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (got " + maxAttempts + ")");
        }
        if (base.isNegative()) {
            throw new IllegalArgumentException("backoff base must not be negative (got " + base + ")");
        }
    }

    public static RetryPolicy standard(Duration base) {
        return new RetryPolicy(4, base);
    }

    public Duration backoffAfter(int attempt) {
        return base.multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
