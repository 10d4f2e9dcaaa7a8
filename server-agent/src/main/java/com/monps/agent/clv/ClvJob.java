package com.monps.agent.clv;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Closing-line value of every bet whose match has started, from prices already stored (no API credit), in one
 * set-based statement per kind of market ({@link ClvStatement} for h2h, {@link LineClvStatement} for totals and spreads),
 * then the implied no-vig CLV of moved lines ({@link ImpliedLineClv}), all in one transaction. Idempotent: a re-run
 * rewrites nothing and reports 0 changed bets.
 */
public final class ClvJob implements Job {

    /**
     * For this transaction only. With the default 4 MB, the per-match closing lines and the join back to the bets spilled
     * to disk on 100 000 bets (EXPLAIN ANALYZE in bench/RESULTS.md, "clv"); 64 MB holds them for a few million bets.
     */
    private static final String WORK_MEM = "SET LOCAL work_mem = '64MB'";
    /**
     * The planner takes a memoized index lookup of each bet's own closing price for cheap (it expects cache hits, there
     * are none: bets of one match are spread over its bookmakers); without it, one hash join over odds_latest.
     */
    private static final String NO_MEMOIZE = "SET LOCAL enable_memoize = off";

    /** What the job's transaction sets before its statements (bench/ explains the statement under them too). */
    public static final List<String> PLANNER_SETTINGS = List.of(WORK_MEM, NO_MEMOIZE);

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
        int changed = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            PLANNER_SETTINGS.forEach(tx::execute);
            int h2h = tx.execute(ClvStatement.SQL, now);
            Set<Long> lines = new HashSet<>(LineClvStatement.run(tx, now));
            lines.addAll(ImpliedLineClv.update(tx, now));
            return h2h + lines.size();
        });
        return new JobResult(changed, "closing line written for " + changed + " bet(s)");
    }
}
