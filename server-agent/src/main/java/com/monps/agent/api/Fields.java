package com.monps.agent.api;

import java.math.BigDecimal;

/** Checks of request fields against what the columns can hold, each failure a 400 naming the field. */
final class Fields {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 2_000;

    private Fields() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.badRequest("'" + field + "' is required");
        }
        return value;
    }

    static String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ApiException.badRequest("'" + field + "' is longer than " + maxLength + " characters");
        }
        // PostgreSQL text cannot hold U+0000: refused here with the field's name rather than by the database
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw ApiException.badRequest("'" + field + "' must not contain the character U+0000");
        }
        return value;
    }

    static String requiredText(String field, String value) {
        if (required(field, value).isBlank()) {
            throw ApiException.badRequest("'" + field + "' must not be blank");
        }
        return text(field, value.trim(), MAX_TEXT);
    }

    /**
     * A decimal that fits a {@code numeric(precision, scale)} column: at most {@code scale} decimals and
     * {@code precision - scale} digits before the point. Null passes (optional fields).
     */
    static BigDecimal decimal(String field, BigDecimal value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw ApiException.badRequest("'" + field + "' may have at most " + scale + " decimals (got " + value.toPlainString() + ")");
        }
        if (stripped.precision() - stripped.scale() > precision - scale) {
            throw ApiException.badRequest("'" + field + "' is too large (at most " + (precision - scale) + " digits before the point)");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            throw ApiException.badRequest("'" + field + "' must be between " + min + " and " + max + " (got " + value.toPlainString() + ")");
        }
        return value;
    }
}
