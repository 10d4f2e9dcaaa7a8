package com.monps.agent.oddsapi;

import com.monps.core.retry.Backoff;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Duration;

/**
 * The Odds API's retry policy: bounded attempts for what may succeed later (429, 5xx, timeouts), waiting what a 429's
 * {@code Retry-After} asks (up to {@link #LONGEST_RETRY_AFTER}), otherwise an exponential backoff with jitter from
 * {@code base} ({@link Backoff}).
 */
public record RetryPolicy(int maxAttempts, Duration base) {

    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);
    /** A longer wait is not worth holding a collection for: it waits this long, then the bounded attempts decide. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(1);

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

    RetryConfig config() {
        IntervalFunction backoff = Backoff.exponentialWithJitter(base, LONGEST_BACKOFF);
        return RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .retryOnException(RetryPolicy::mayPassLater)
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft() && outcome.getLeft() instanceof OddsApiException e
                        && e.retryAfter().isPresent() ? min(e.retryAfter().get(), LONGEST_RETRY_AFTER).toMillis() : backoff.apply(attempt))
                .build();
    }

    private static boolean mayPassLater(Throwable failure) {
        return failure instanceof OddsApiException e && (e.kind() == FailureKind.RATE_LIMITED
                || e.kind() == FailureKind.SERVER_ERROR || e.kind() == FailureKind.UNREACHABLE);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
