package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.monps.agent.jobs.Job;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The agent's timetable, in the trader's time zone: settlement at 08:00 and 20:00, CLV every 4 hours (00:00, 04:00 ...),
 * collection when the {@link CollectionPlan} says, and the opportunity scan at a quarter past every hour (full) and, in
 * its {@link Job#afterCollection()} form (incremental), right after each successful collection, in the same execution
 * as the collection that committed, when a {@code scan} job exists. Jobs with other names are not scheduled.
 */
public record JobSchedules(ZoneId zone, CollectionPlan collectionPlan) {

    static final LocalTime MORNING_SETTLEMENT = LocalTime.of(8, 0);
    static final LocalTime EVENING_SETTLEMENT = LocalTime.of(20, 0);
    static final String EVERY_FOUR_HOURS = "0 0 */4 * * *";
    static final String HOURLY_AT_QUARTER_PAST = "0 15 * * * *";

    /** The schedule of the job called {@code jobName}, if the agent schedules it. */
    public Optional<Schedule> scheduleOf(String jobName) {
        return Optional.ofNullable(switch (jobName) {
            case "settle" -> Schedules.daily(zone, MORNING_SETTLEMENT, EVENING_SETTLEMENT);
            case "clv" -> Schedules.cron(EVERY_FOUR_HOURS, zone);
            case "collect" -> new PlanSchedule(collectionPlan);
            case "scan" -> Schedules.cron(HOURLY_AT_QUARTER_PAST, zone);
            default -> null;
        });
    }

    /** Each of {@code jobs} that has a schedule, with it. */
    public List<ScheduledJob> forJobs(Collection<Job> jobs) {
        List<Job> scans = jobs.stream().filter(job -> job.name().equals("scan")).map(Job::afterCollection).toList();
        return jobs.stream()
                .flatMap(job -> scheduleOf(job.name())
                        .map(s -> new ScheduledJob(job, s, job.name().equals("collect") ? scans : List.of())).stream())
                .toList();
    }
}
