package com.monps.agent.testing;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;

/** Jobs for scheduler and runner tests: a name and what a run does. */
public final class TestJobs {

    private TestJobs() {
    }

    /** A job whose run does {@code body}. */
    public static Job of(String name, Body body) {
        return new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public JobResult run() throws Exception {
                return body.run();
            }
        };
    }

    /** A job whose run succeeds at once, summarised "{@code name} done". */
    public static Job named(String name) {
        return of(name, () -> new JobResult(0, name + " done"));
    }

    @FunctionalInterface
    public interface Body {
        JobResult run() throws Exception;
    }
}
