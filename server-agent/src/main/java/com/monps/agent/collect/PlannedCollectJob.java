package com.monps.agent.collect;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.plan.CollectionSchedule;
import com.monps.agent.plan.CreditPlan;
import com.monps.agent.plan.PlannedCall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scheduled {@code collect}: asks the credit plan which odds calls are due now and makes only those. A closing-price
 * call for one league costs one league's credits, not a round of every configured sport.
 */
public final class PlannedCollectJob implements Job {

    /**
     * Calls planned this close ahead count as due: the scheduler polls every few seconds and never runs a collection
     * sooner than a minute after the last, so a call a few seconds ahead would otherwise wait for the next round.
     */
    public static final Duration DUE_WITHIN = Duration.ofMinutes(1);

    private final CollectJob collect;
    private final CollectionSchedule schedule;
    private final Clock clock;

    public PlannedCollectJob(CollectJob collect, CollectionSchedule schedule, Clock clock) {
        this.collect = collect;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public String name() {
        return collect.name();
    }

    @Override
    public JobResult run() {
        Instant now = clock.instant();
        CreditPlan plan = schedule.plan(now);
        List<PlannedCall> due = plan.calls().stream().filter(call -> !call.at().isAfter(now.plus(DUE_WITHIN))).toList();
        if (due.isEmpty()) {
            return new JobResult(0, "no odds call due; next planned at " + plan.next().at());
        }
        List<String> sports = due.stream().map(PlannedCall::sport).distinct().toList();
        JobResult done = collect.forSports(sports).run();
        return new JobResult(done.items(), reasons(due) + ": " + done.summary());
    }

    private static String reasons(List<PlannedCall> due) {
        return due.stream().map(call -> call.reason().label() + " " + call.sport()).distinct()
                .collect(Collectors.joining(", "));
    }
}
