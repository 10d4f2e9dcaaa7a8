package com.monps.core.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to {@code GET /health}: {@code ok}, or {@code unavailable} with the reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Health(String status, String reason) {

    public static Health ok() {
        return new Health("ok", null);
    }

    public static Health unavailable(String reason) {
        return new Health("unavailable", reason);
    }
}
