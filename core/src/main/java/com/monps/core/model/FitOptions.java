package com.monps.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a Dixon-Coles fit weighs and selects its matches.
 *
 * @param xi   time decay per day: a match {@code d} whole days before the reference date weighs {@code exp(−ξ d)}
 * @param asOf when present, only matches played before this day are used and it is the reference date; otherwise the
 *             reference date is the day of the last match
 */
public record FitOptions(double xi, Optional<LocalDate> asOf) {

    /** ξ = 0.0018 per day (a half-life of about 385 days), the value of Dixon and Coles' paper and of penaltyblog. */
    public static final double DEFAULT_XI = 0.0018;

    public static final FitOptions DEFAULT = new FitOptions(DEFAULT_XI, Optional.empty());

    public FitOptions {
        if (!(xi >= 0) || Double.isInfinite(xi)) {
            throw new IllegalArgumentException("xi must be a finite decay per day of at least 0, got " + xi);
        }
        asOf = asOf == null ? Optional.empty() : asOf;
    }

    public static FitOptions asOf(LocalDate day) {
        return new FitOptions(DEFAULT_XI, Optional.of(day));
    }

    public FitOptions withXi(double decay) {
        return new FitOptions(decay, asOf);
    }
}
