package com.monps.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why the control API refused a request, as the {@code code} of its {@link ApiError}: a caller branches on this, never
 * on the {@code error} sentence, which is for people and may be reworded.
 */
public enum ErrorCode {
    /** 401: the bearer token is missing or wrong. */
    UNAUTHORIZED,
    /** 404: no route has this path. */
    NO_ROUTE,
    /** 405: the path exists with other methods. */
    METHOD_NOT_ALLOWED,
    /** 413: the body is larger than the API reads. */
    BODY_TOO_LARGE,
    /** 400: no body, malformed JSON, or not a JSON object. */
    MALFORMED_BODY,
    /** 400: a field the request type does not have. */
    UNKNOWN_FIELD,
    /** 400: a field is missing, of the wrong type or breaks a rule; {@link ApiError#field()} names it. */
    INVALID_FIELD,
    /** 400: a query parameter or path variable is malformed or out of range; {@link ApiError#field()} names it. */
    INVALID_PARAMETER,
    /** 400: every field is fine but not together (a correction and a settlement at once, nothing to do). */
    INVALID_REQUEST,
    /** 404: the thing named (a bet) does not exist. */
    NOT_FOUND,
    /** 409: the thing is no longer in a state that allows the change (settled, settled by hand). */
    CONFLICT,
    /** 503: this agent cannot do it (a job it was built without). */
    UNAVAILABLE,
    /** 500: an unexpected failure, logged by the agent. */
    INTERNAL,
    /** A code this reader does not know (sent by a newer agent); never sent. */
    UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code for {@code text}, or {@link #UNKNOWN}: a newer agent's code must not make its answer unreadable. */
    @JsonCreator
    public static ErrorCode fromCode(String text) {
        return Arrays.stream(values()).filter(c -> c.code().equals(text)).findFirst().orElse(UNKNOWN);
    }
}
