package com.monps.agent.clv;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * Closing-line value of every bet whose match has started, from prices already stored (no API credit), in one
 * set-based statement per kind of market ({@link ClvStatement} for h2h, {@link LineClvStatement} for totals and spreads),
 * then the implied no-vig CLV of moved lines ({@link ImpliedLineClv}), all in one transaction. Idempotent: a re-run
 * rewrites nothing and reports 0 changed bets.
 */
public final class ClvJob implements Job {

    private final DSLContext dsl;
    private final Clock clock;

    public ClvJob(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JobName.CLV.code();
    }

    @Override
    public JobResult run() {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int changed = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            int h2h = tx.execute(ClvStatement.SQL, now);
            Set<Long> lines = new HashSet<>(LineClvStatement.run(tx, now));
            lines.addAll(ImpliedLineClv.update(tx, now));
            return h2h + lines.size();
        });
        return new JobResult(changed, "closing line written for " + changed + " bet(s)");
    }
}
