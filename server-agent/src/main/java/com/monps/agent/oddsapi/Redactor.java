package com.monps.agent.oddsapi;

import java.util.regex.Pattern;

/** Removes the API key from any text before it reaches a log line or an exception message. */
public final class Redactor {

    private static final Pattern KEY_PARAMETER = Pattern.compile("(?i)(apiKey=)[^&\\s\"']*");

    private final String secret;

    public Redactor(String secret) {
        this.secret = secret == null ? "" : secret;
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = KEY_PARAMETER.matcher(text).replaceAll("$1***");
        return secret.isBlank() ? cleaned : cleaned.replace(secret, "***");
    }
}
