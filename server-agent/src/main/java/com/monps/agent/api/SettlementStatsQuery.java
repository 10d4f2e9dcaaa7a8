package com.monps.agent.api;

import com.monps.core.api.SettlementStats;
import com.monps.core.api.SettlementStats.BetCounts;
import com.monps.core.api.SettlementStats.JobRunSummary;
import com.monps.core.domain.BetStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.JOB_RUNS;
import static com.monps.core.jooq.Tables.MATCHES;

/** The last run of each job that ever ran, with its run and failure counts, and where the bets stand. */
final class SettlementStatsQuery {

    private final DSLContext dsl;

    SettlementStatsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    SettlementStats fetch() {
        return new SettlementStats(jobs(), betCounts(), dsl.fetchCount(MATCHES, MATCHES.NEEDS_REVIEW.isTrue()));
    }

    private List<JobRunSummary> jobs() {
        var last = JOB_RUNS.as("last");
        var runs = DSL.count().as("runs");
        var failures = DSL.count().filterWhere(JOB_RUNS.STATUS.eq("failed")).as("failures");
        var lastSuccess = DSL.max(JOB_RUNS.FINISHED_AT).filterWhere(JOB_RUNS.STATUS.eq("success")).as("last_success");
        var totals = dsl.select(JOB_RUNS.JOB, runs, failures, lastSuccess).from(JOB_RUNS).groupBy(JOB_RUNS.JOB).asTable("totals");
        return dsl.select(last.JOB, last.STATUS, last.STARTED_AT, last.FINISHED_AT, last.ITEMS, last.MESSAGE,
                        totals.field(runs), totals.field(failures), totals.field(lastSuccess))
                .distinctOn(last.JOB)
                .from(last)
                .join(totals).on(totals.field(JOB_RUNS.JOB).eq(last.JOB))
                .orderBy(last.JOB, last.STARTED_AT.desc(), last.ID.desc())
                .fetch(r -> new JobRunSummary(r.value1(), r.value2(), instant(r.value3()), instant(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8(), instant(r.value9())));
    }

    private BetCounts betCounts() {
        var r = dsl.select(
                        DSL.count().filterWhere(BETS.STATUS.eq(BetStatus.PENDING.code())),
                        DSL.count().filterWhere(BETS.SETTLED_BY.eq("auto")),
                        DSL.count().filterWhere(BETS.SETTLED_BY.eq("manual")),
                        DSL.count().filterWhere(BETS.CLOSING_ODDS.isNotNull()),
                        DSL.count().filterWhere(BETS.CLOSING_ODDS.isNull().and(BETS.COMMENCE_TIME.lt(DSL.currentOffsetDateTime()))))
                .from(BETS)
                .fetchSingle();
        return new BetCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
