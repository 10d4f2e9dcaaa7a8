package com.monps.agent.cli;

import com.monps.core.db.QueryClass;
import com.monps.agent.jobs.JobName;
import com.monps.agent.oddsapi.ApiRequestLog;
import com.monps.agent.oddsapi.OddsApiSettings;
import com.monps.agent.plan.CollectionSchedule;
import com.monps.agent.plan.CreditPlan;
import com.monps.agent.plan.PlannedCall;
import com.monps.core.domain.BetStatus;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.JOB_RUNS;
import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static com.monps.core.jooq.Tables.ODDS_LINES;

/** What {@code status} prints: credits, the plan, the jobs' last runs and the table counts. Never a secret. */
@QueryClass
final class StatusReport {

    static final List<String> JOBS = JobName.codes(JobName.COLLECT, JobName.SETTLE, JobName.CLV);
    private static final int CALLS_SHOWN = 5;

    private final DSLContext dsl;
    private final ApiRequestLog ledger;
    private final CollectionSchedule schedule;
    private final OddsApiSettings settings;
    private final DateTimeFormatter time;

    StatusReport(DSLContext dsl, ApiRequestLog ledger, CollectionSchedule schedule, OddsApiSettings settings, ZoneId zone) {
        this.dsl = dsl;
        this.ledger = ledger;
        this.schedule = schedule;
        this.settings = settings;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz").withZone(zone);
    }

    List<String> lines(Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add("quota left: " + ledger.lastRemaining().map(r -> r + " credits").orElse("unknown (no API answer yet)"));
        CreditPlan plan = schedule.plan(now);
        lines.add("credits this month: " + plan.used() + " used of " + plan.budget() + "; projection " + plan.projection()
                + " (" + plan.plannedCost() + " planned odds calls + " + plan.reserve() + " reserved for settlement)");
        lines.add("odds call: " + settings.oddsCallCost() + " credit(s) per sport (" + settings.markets().stream()
                .map(m -> m.code() + " " + settings.marketCost()).collect(Collectors.joining(" + ")) + ")");
        lines.add("next planned calls:" + (plan.calls().isEmpty() ? " none affordable before " + time.format(plan.monthEnd()) : ""));
        plan.calls().stream().limit(CALLS_SHOWN).forEach(call -> lines.add("  " + describe(call)));
        lines.add("last runs:");
        JOBS.forEach(job -> lines.add("  " + lastRun(job)));
        lines.add("counts: " + dsl.fetchCount(MATCHES) + " matches, " + dsl.fetchCount(ODDS_H2H) + " prices, "
                + dsl.fetchCount(ODDS_LINES) + " line prices, "
                + dsl.fetchCount(BETS, BETS.STATUS.eq(BetStatus.PENDING.code())) + " pending bets");
        return lines;
    }

    private String describe(PlannedCall call) {
        return time.format(call.at()) + "  " + call.sport() + "  " + call.cost() + " credit(s)  " + call.reason().label();
    }

    private String lastRun(String job) {
        return dsl.selectFrom(JOB_RUNS).where(JOB_RUNS.JOB.eq(job))
                .orderBy(JOB_RUNS.STARTED_AT.desc(), JOB_RUNS.ID.desc()).limit(1)
                .fetchOptional()
                .map(r -> String.format("%-8s %-8s %s%s", job, r.getStatus(), time.format(r.getStartedAt().toInstant()),
                        r.getMessage() == null ? "" : "  " + r.getMessage()))
                .orElse(String.format("%-8s never run", job));
    }
}
