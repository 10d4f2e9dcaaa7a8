package com.monps.agent.scheduler;

import java.time.Duration;
import java.time.Instant;

/** A collection every {@code interval}: the plan used until a credit-aware plan is supplied. */
public record FixedIntervalPlan(Duration interval) implements CollectionPlan {

    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(3);

    public FixedIntervalPlan {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("collection interval must be positive (got " + interval + ")");
        }
    }

    public static FixedIntervalPlan everyThreeHours() {
        return new FixedIntervalPlan(DEFAULT_INTERVAL);
    }

    @Override
    public Instant nextAfter(Instant time) {
        return time.plus(interval);
    }
}
