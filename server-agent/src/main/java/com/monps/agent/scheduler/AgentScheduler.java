package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.List;

/**
 * Runs the agent's jobs on their schedules through db-scheduler. Executions live in {@code scheduled_tasks}: an agent
 * claims a due execution with an optimistic version check, so several agents on one database never run it twice, and a
 * restarted agent resumes the timetable where it was. Every run goes through the {@link JobRunner}.
 */
public final class AgentScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentScheduler.class);

    private final Scheduler scheduler;
    private final List<ScheduledJob> jobs;

    public AgentScheduler(DataSource dataSource, JobRunner runner, List<ScheduledJob> jobs, SchedulerSettings settings) {
        this(dataSource, runner, jobs, polling(settings));
    }

    /** With {@code factory} building the db-scheduler over the jobs' tasks (tests build a manual one on their clock). */
    public AgentScheduler(DataSource dataSource, JobRunner runner, List<ScheduledJob> jobs, SchedulerFactory factory) {
        this.jobs = List.copyOf(jobs);
        this.scheduler = factory.create(dataSource, this.jobs.stream().map(job -> task(job, runner)).toList());
    }

    /** Builds the scheduler of the jobs' recurring tasks. */
    @FunctionalInterface
    public interface SchedulerFactory {
        Scheduler create(DataSource dataSource, List<RecurringTask<Void>> tasks);
    }

    /** db-scheduler polling the database as {@code settings} say: the daemon's scheduler. */
    public static SchedulerFactory polling(SchedulerSettings settings) {
        return (dataSource, tasks) -> Scheduler.create(dataSource)
                .startTasks(tasks)
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .schedulerName(new SchedulerName.Fixed(settings.instanceName()))
                .alwaysPersistTimestampInUTC()
                // JobRunner already logs each failure with its message and records it in job_runs
                .failureLogging(LogLevel.DEBUG, false)
                .build();
    }

    public void start() {
        scheduler.start();
        jobs.forEach(j -> log.info("scheduled {}: {}", j.job().name(), j.schedule()));
    }

    /** Reads and moves executions: the replanner reschedules {@code collect} through it. */
    public SchedulerClient client() {
        return scheduler;
    }

    /** Stops polling and waits (up to the configured limit) for the runs in progress to finish. */
    @Override
    public void close() {
        scheduler.stop();
    }

    private static RecurringTask<Void> task(ScheduledJob scheduled, JobRunner runner) {
        return Tasks.recurring(scheduled.job().name(), scheduled.schedule())
                .execute((instance, context) -> {
                    try {
                        runner.run(scheduled.job());
                    } catch (Exception e) {
                        throw new ScheduledRunFailed(scheduled.job().name(), e);
                    }
                    scheduled.then().forEach(next -> runAfter(scheduled.job(), next, runner));
                });
    }

    /** A follow-up's failure is its own (job_runs, metrics, log): it does not fail the run it followed. */
    private static void runAfter(Job done, Job next, JobRunner runner) {
        try {
            runner.run(next);
        } catch (Exception e) {
            log.warn("{} after {} failed: {}", next.name(), done.name(), e.getMessage());
        }
    }

    /** Tells db-scheduler that a run failed, so it records the failure and moves on to the next time of the schedule. */
    static final class ScheduledRunFailed extends RuntimeException {
        ScheduledRunFailed(String job, Exception cause) {
            super(job + " failed: " + cause.getMessage(), cause);
        }
    }
}
