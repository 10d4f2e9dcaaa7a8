package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.monps.agent.jobs.Job;

import java.util.Objects;

/** A job and when it runs. */
public record ScheduledJob(Job job, Schedule schedule) {

    public ScheduledJob {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(schedule, "schedule");
    }
}
