package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * A db-scheduler {@link Schedule} that asks a {@link CollectionPlan} for the next time after each run. Never sooner than
 * a minute after the last run ended: a plan that keeps answering "now" must not make the agent hammer the API.
 */
final class PlanSchedule implements Schedule {

    static final Duration MINIMUM_GAP = Duration.ofMinutes(1);

    private final CollectionPlan plan;

    PlanSchedule(CollectionPlan plan) {
        this.plan = plan;
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
        Instant done = executionComplete.getTimeDone();
        Instant planned = plan.nextAfter(done);
        Instant earliest = done.plus(MINIMUM_GAP);
        return planned.isBefore(earliest) ? earliest : planned;
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        return plan.nextAfter(now);
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }

    @Override
    public String toString() {
        return "plan " + plan;
    }
}
