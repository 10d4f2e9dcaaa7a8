package com.monps.desktop.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The periods the analytics page offers, ending now. */
public enum Period {
    ALL(null), LAST_365(Duration.ofDays(365)), LAST_90(Duration.ofDays(90)), LAST_30(Duration.ofDays(30));

    private final Duration length;

    Period(Duration length) {
        this.length = length;
    }

    /** The start of the period (null: since the first bet). */
    public Instant start(Clock clock) {
        return length == null ? null : clock.instant().minus(length);
    }

    public String key() {
        return "analytics.period." + (length == null ? "all" : Long.toString(length.toDays()));
    }
}
