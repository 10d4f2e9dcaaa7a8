package com.monps.core.api;

import java.util.Objects;

/**
 * What is wrong with one field of a request: its name as the request spells it ({@code stake}, {@code home_score})
 * and a sentence naming the field and the rule it breaks, never a database constraint.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
