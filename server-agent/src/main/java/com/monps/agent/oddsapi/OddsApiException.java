package com.monps.agent.oddsapi;

import java.time.Duration;
import java.util.Optional;

/**
 * A typed failure of The Odds API: the kind says what the agent does about it, the message carries the API's own words
 * (never the key) and what the trader can do.
 */
public final class OddsApiException extends RuntimeException {

    private final FailureKind kind;
    private final int status;
    private final String errorCode;
    private final Duration retryAfter;

    public OddsApiException(FailureKind kind, int status, String errorCode, String message, Throwable cause) {
        this(kind, status, errorCode, message, cause, null);
    }

    OddsApiException(FailureKind kind, int status, String errorCode, String message, Throwable cause, Duration retryAfter) {
        super(message + " (" + kind.advice() + ")", cause);
        this.kind = kind;
        this.status = status;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** The API's {@code error_code}, or null. */
    public String errorCode() {
        return errorCode;
    }

    /** How long the API asked to wait before the next call ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
