package com.monps.agent.api;

import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.api.FieldProblem;

import java.util.List;

/** A request the API refuses: the HTTP status and the {@link ApiError} the caller reads (reason, code, field). */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient ApiError error;

    public ApiException(int status, ApiError error) {
        super(error.error());
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }

    /** A 400 naming the first of {@code problems} (in the order of the request's fields). */
    public static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(400, ApiError.of(problems.getFirst()));
    }

    public static ApiException invalid(String field, String reason) {
        return invalid(List.of(new FieldProblem(field, reason)));
    }

    /** A 400 for a query parameter or path variable. */
    public static ApiException invalidParameter(String name, String reason) {
        return new ApiException(400, new ApiError(reason, ErrorCode.INVALID_PARAMETER, name));
    }

    /** A 400 for a body whose fields are each fine but not together. */
    public static ApiException invalidRequest(String reason) {
        return new ApiException(400, ApiError.of(ErrorCode.INVALID_REQUEST, reason));
    }

    public static ApiException notFound(String reason) {
        return new ApiException(404, ApiError.of(ErrorCode.NOT_FOUND, reason));
    }

    public static ApiException conflict(String reason) {
        return new ApiException(409, ApiError.of(ErrorCode.CONFLICT, reason));
    }

    public static ApiException unavailable(String reason) {
        return new ApiException(503, ApiError.of(ErrorCode.UNAVAILABLE, reason));
    }
}
