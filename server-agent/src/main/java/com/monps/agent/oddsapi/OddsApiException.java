package com.monps.agent.oddsapi;

/**
 * A typed failure of The Odds API: the kind says what the agent does about it, the message carries the API's own words
 * (never the key) and what the trader can do.
 */
public final class OddsApiException extends RuntimeException {

    private final FailureKind kind;
    private final int status;
    private final String errorCode;

    public OddsApiException(FailureKind kind, int status, String errorCode, String message, Throwable cause) {
        super(message + " (" + kind.advice() + ")", cause);
        this.kind = kind;
        this.status = status;
        this.errorCode = errorCode;
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
}
