package com.monps.agent.jobs;

/**
 * One unit of scheduled work (collect, settle, clv, scan). A run is transactional and idempotent: killed at any point
 * and run again, it never settles a bet twice nor loses or duplicates a row.
 */
public interface Job {

    /** Stable name used in job_runs, logs, metrics and the scheduler: collect, settle, clv, scan. */
    String name();

    /** Runs once now. Throws with a message the trader can act on when the run fails. */
    JobResult run() throws Exception;

    /**
     * What runs right after each successful collection when this job follows it: itself, unless it has a cheaper form
     * for "a few matches just changed" (the scan: only those matches).
     */
    default Job afterCollection() {
        return this;
    }
}
