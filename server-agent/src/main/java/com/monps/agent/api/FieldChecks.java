package com.monps.agent.api;

import com.monps.core.api.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks of request fields against what the columns can hold. Each check that fails notes a {@link FieldProblem}
 * naming the field and the rule, and gives back null, so that one pass over a request finds every problem in the order
 * of its fields; {@link #problems()} lists them.
 */
final class FieldChecks {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 2_000;

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    boolean passed() {
        return problems.isEmpty();
    }

    /** Notes a problem of {@code field}; null, for the caller to return. */
    <T> T problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return null;
    }

    <T> T required(String field, T value) {
        return value == null ? problem(field, "'" + field + "' is required") : value;
    }

    String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            return problem(field, "'" + field + "' is longer than " + maxLength + " characters");
        }
        // PostgreSQL text cannot hold U+0000: refused here with the field's name rather than by the database
        if (value != null && value.indexOf('\u0000') >= 0) {
            return problem(field, "'" + field + "' must not contain the character U+0000");
        }
        return value;
    }

    String requiredText(String field, String value) {
        if (required(field, value) == null) {
            return null;
        }
        return value.isBlank() ? problem(field, "'" + field + "' must not be blank") : text(field, value.trim(), MAX_TEXT);
    }

    /**
     * A decimal that fits a {@code numeric(precision, scale)} column: at most {@code scale} decimals and
     * {@code precision - scale} digits before the point. Null passes (optional fields).
     */
    BigDecimal decimal(String field, BigDecimal value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            return problem(field, "'" + field + "' may have at most " + scale + " decimals (got " + value.toPlainString() + ")");
        }
        if (stripped.precision() - stripped.scale() > precision - scale) {
            return problem(field, "'" + field + "' is too large (at most " + (precision - scale) + " digits before the point)");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    BigDecimal between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            return problem(field, "'" + field + "' must be between " + min + " and " + max + " (got " + value.toPlainString() + ")");
        }
        return value;
    }

    /** At least {@code min}, exclusive: odds above 1, a stake above 0. */
    BigDecimal above(String field, BigDecimal value, BigDecimal min) {
        if (value != null && value.compareTo(min) <= 0) {
            return problem(field, field + " must be greater than " + min + " (got " + value.toPlainString() + ")");
        }
        return value;
    }

    /**
     * A code read by {@code parser} ({@code Outcome::fromCode}), whose refusal (an IllegalArgumentException saying what
     * the code may be) becomes the field's problem.
     */
    <T> T code(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            return problem(field, e.getMessage());
        }
    }
}
