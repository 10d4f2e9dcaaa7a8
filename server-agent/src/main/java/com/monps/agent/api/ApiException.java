package com.monps.agent.api;

/** A request the API refuses, with the HTTP status and the reason the caller reads in {@code {"error": ...}}. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(400, reason);
    }

    public static ApiException notFound(String reason) {
        return new ApiException(404, reason);
    }

    public static ApiException conflict(String reason) {
        return new ApiException(409, reason);
    }

    public static ApiException unavailable(String reason) {
        return new ApiException(503, reason);
    }
}
