package com.monps.core.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * The body of every refusal: {@code {"error": reason, "code": code, "field": name}}. {@code error} is a sentence for
 * people that names the field and the rule; {@code code} is what a program branches on; {@code field} names the
 * request field or parameter at fault (absent when no single one is).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, ErrorCode code, String field) {

    public ApiError {
        Objects.requireNonNull(error, "error");
        code = code == null ? ErrorCode.UNKNOWN : code;
    }

    public static ApiError of(ErrorCode code, String reason) {
        return new ApiError(reason, code, null);
    }

    /** A 400 for one invalid field. */
    public static ApiError of(FieldProblem problem) {
        return new ApiError(problem.message(), ErrorCode.INVALID_FIELD, problem.field());
    }
}
