package com.monps.desktop.agent;

import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.api.JobRunAnswer;

/**
 * A call to the agent that did not succeed, told by {@link #failure()} and, when the agent refused it, by the agent's
 * own {@link ErrorCode}: a caller branches on these, never on the message, which is for people.
 */
public final class AgentException extends Exception {

    /** How the call failed. */
    public enum Failure {
        /** No token is configured: nothing was sent. */
        NO_TOKEN,
        /** The agent could not be reached (not running, wrong address, timed out). */
        UNREACHABLE,
        /** The agent refused the request: {@link #code()} says why. */
        REFUSED,
        /** The agent ran the job, which failed: the message is the job's own. */
        RUN_FAILED
    }

    private final Failure failure;
    private final int status;
    private final ErrorCode code;

    private AgentException(Failure failure, int status, ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.status = status;
        this.code = code;
    }

    static AgentException noToken() {
        return new AgentException(Failure.NO_TOKEN, 0, null, "no agent token configured", null);
    }

    static AgentException unreachable(String reason, Throwable cause) {
        return new AgentException(Failure.UNREACHABLE, 0, null, reason, cause);
    }

    static AgentException refused(int status, ApiError error) {
        return new AgentException(Failure.REFUSED, status, error.code(), error.error(), null);
    }

    static AgentException runFailed(int status, JobRunAnswer answer) {
        return new AgentException(Failure.RUN_FAILED, status, null, answer.summary(), null);
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status of the agent's answer; 0 when there was none. */
    public int status() {
        return status;
    }

    /** The agent's reason for a refusal ({@link ErrorCode#UNKNOWN} when its answer had none); null for other failures. */
    public ErrorCode code() {
        return code;
    }
}
