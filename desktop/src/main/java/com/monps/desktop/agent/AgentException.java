package com.monps.desktop.agent;

/** The agent refused a request ({@code status} is its HTTP status) or could not be reached ({@code status} 0). */
public final class AgentException extends Exception {

    private final int status;

    public AgentException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean unreachable() {
        return status == 0;
    }
}
