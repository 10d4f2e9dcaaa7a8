package com.monps.agent.scheduler;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import org.jooq.DSLContext;

/** A job that leaves one row in {@code ticks} per run, tagged with the agent that ran it. */
final class TickJob implements Job {

    static final String CREATE_TABLE =
            "CREATE TABLE ticks (id serial PRIMARY KEY, agent text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())";

    private final DSLContext dsl;
    private final String agent;

    TickJob(DSLContext dsl, String agent) {
        this.dsl = dsl;
        this.agent = agent;
    }

    @Override
    public String name() {
        return "tick";
    }

    @Override
    public JobResult run() {
        dsl.execute("INSERT INTO ticks (agent) VALUES (?)", agent);
        return new JobResult(1, "tick by " + agent);
    }
}
