package com.monps.core.retry;

import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;

/**
 * The waits between attempts of every retry in Mon_PS (the database, The Odds API): exponential, doubling from the
 * first wait up to the longest, each wait spread by ±{@value #JITTER_PERCENT} % so that agents cut off together do not
 * all come back in the same millisecond. The longest wait is a ceiling (resilience4j caps after spreading).
 */
public final class Backoff {

    static final int JITTER_PERCENT = 50;
    private static final double MULTIPLIER = 2.0;
    /** resilience4j refuses a wait under a millisecond; a configured zero means "as soon as possible". */
    private static final Duration SHORTEST = Duration.ofMillis(1);

    private Backoff() {
    }

    public static IntervalFunction exponentialWithJitter(Duration first, Duration longest) {
        Duration start = first.compareTo(SHORTEST) < 0 ? SHORTEST : first;
        return IntervalFunction.ofExponentialRandomBackoff(start, MULTIPLIER, JITTER_PERCENT / 100.0,
                longest.compareTo(start) < 0 ? start : longest);
    }
}
