package com.monps.core.history;

/** A history file that cannot be read at all (unreadable, empty, or without the columns every row needs). */
public final class HistoryFormatException extends RuntimeException {

    public HistoryFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryFormatException(String message) {
        super(message);
    }
}
