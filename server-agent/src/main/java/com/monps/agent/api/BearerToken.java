package com.monps.agent.api;

import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks {@code Authorization: Bearer <token>} in constant time: both sides are hashed first, so neither the content
 * nor the length of the secret leaks through timing.
 */
final class BearerToken {

    static final String REFUSAL = "missing or invalid token: send the header 'Authorization: Bearer <MONPS_AGENT_TOKEN>'";
    private static final String PREFIX = "Bearer ";

    private final byte[] expectedDigest;

    BearerToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("MONPS_AGENT_TOKEN is not set: the control API does not start without a token "
                    + "(set it to a long random secret, e.g. the output of 'openssl rand -hex 32')");
        }
        this.expectedDigest = digest(token.trim());
    }

    /** Lets a request with the right token through; answers 401 otherwise. */
    void require(String authorizationHeader) {
        if (!accepts(authorizationHeader)) {
            throw new ApiException(401, ApiError.of(ErrorCode.UNAUTHORIZED, REFUSAL));
        }
    }

    boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, digest(authorizationHeader.substring(PREFIX.length()).trim()));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
