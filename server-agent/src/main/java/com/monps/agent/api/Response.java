package com.monps.agent.api;

/** What a route answers: a status and either a value written as JSON or ready-made text. */
public record Response(int status, Object body, String contentType) {

    static final String JSON = "application/json; charset=utf-8";

    public static Response ok(Object body) {
        return new Response(200, body, JSON);
    }

    public static Response json(int status, Object body) {
        return new Response(status, body, JSON);
    }

    public static Response text(String text, String contentType) {
        return new Response(200, text, contentType);
    }

    public boolean isJson() {
        return JSON.equals(contentType);
    }
}
