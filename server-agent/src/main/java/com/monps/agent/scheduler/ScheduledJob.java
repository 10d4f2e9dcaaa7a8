package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.monps.agent.jobs.Job;

import java.util.List;
import java.util.Objects;

/** A job, when it runs, and the jobs that run right after each of its successful runs (the scan after a collection). */
public record ScheduledJob(Job job, Schedule schedule, List<Job> then) {

    public ScheduledJob {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(schedule, "schedule");
        then = List.copyOf(then);
    }

    public ScheduledJob(Job job, Schedule schedule) {
        this(job, schedule, List.of());
    }
}
