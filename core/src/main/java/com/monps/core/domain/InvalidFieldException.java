package com.monps.core.domain;

/**
 * A value the domain refuses, with the field it belongs to ({@code odds}, {@code point}) so that a caller can tell the
 * user which one to fix without reading the sentence.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
