package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import java.time.Instant;

/** A db-scheduler {@link Schedule} that asks a {@link CollectionPlan} for the next time after each run. */
final class PlanSchedule implements Schedule {

    private final CollectionPlan plan;

    PlanSchedule(CollectionPlan plan) {
        this.plan = plan;
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
        return plan.nextAfter(executionComplete.getTimeDone());
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
