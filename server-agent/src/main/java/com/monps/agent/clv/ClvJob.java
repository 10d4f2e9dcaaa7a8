package com.monps.agent.clv;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Closing-line value of every bet whose match has started, from prices already stored (no API credit), in one
 * set-based statement per kind of market ({@link ClvStatement} for h2h, {@link LineClvStatement} for totals and spreads). Idempotent: a re-run rewrites the same values and reports 0 changed bets.
 */
public final class ClvJob implements Job {

    private final DSLContext dsl;
    private final Clock clock;

    public ClvJob(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The h2h statement, its time parameter written {@code CAST(? AS timestamptz)} (bench/ explains it). */
    public static String h2hStatement() {
        return ClvStatement.SQL;
    }

    @Override
    public String name() {
        return JobName.CLV.code();
    }

    @Override
    public JobResult run() {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int changed = dsl.execute(ClvStatement.SQL, now) + dsl.execute(LineClvStatement.SQL, now);
        return new JobResult(changed, "closing line written for " + changed + " bet(s)");
    }
}
