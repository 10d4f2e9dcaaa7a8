package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobRunner;
import com.monps.agent.testing.TestJobs;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.monps.agent.testing.TestJobs.named;
import static com.monps.core.jooq.Tables.JOB_RUNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FailingScheduledJobTest {

    @Test
    void aSuccessfulCollectionIsFollowedByAScanRecordedAsItsOwnRun() {
        try (Database db = TestDatabase.fresh()) {
            JobRunner runner = new JobRunner(db.dsl(), new SimpleMeterRegistry());
            SchedulerSettings settings = SchedulerSettings.defaults().withPollingInterval(Duration.ofMillis(50));
            try (AgentScheduler scheduler = new AgentScheduler(db.dataSource(), runner,
                    List.of(new ScheduledJob(named("collect"), Schedules.fixedDelay(Duration.ofHours(1)), List.of(named("scan")))),
                    settings)) {
                scheduler.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> db.dsl().fetchCount(JOB_RUNS, JOB_RUNS.STATUS.eq("success")) >= 2);
            }

            assertThat(db.dsl().select(JOB_RUNS.JOB).from(JOB_RUNS).orderBy(JOB_RUNS.ID).fetch(JOB_RUNS.JOB))
                    .containsExactly("collect", "scan");
        }
    }

    @Test
    void theScanStartsOnceTheCollectionHasCommittedNotAtTheNextPoll() {
        try (Database db = TestDatabase.fresh()) {
            JobRunner runner = new JobRunner(db.dsl(), new SimpleMeterRegistry());
            // the only poll within the test is the one at start: a scan seen at all followed the collection at once
            SchedulerSettings settings = SchedulerSettings.defaults().withPollingInterval(Duration.ofMinutes(10));
            try (AgentScheduler scheduler = new AgentScheduler(db.dataSource(), runner,
                    List.of(new ScheduledJob(named("collect"), Schedules.fixedDelay(Duration.ofHours(1)), List.of(named("scan")))),
                    settings)) {
                scheduler.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> db.dsl().fetchCount(JOB_RUNS, JOB_RUNS.STATUS.eq("success")) >= 2);
            }

            var collect = db.dsl().selectFrom(JOB_RUNS).where(JOB_RUNS.JOB.eq("collect")).fetchSingle();
            var scan = db.dsl().selectFrom(JOB_RUNS).where(JOB_RUNS.JOB.eq("scan")).fetchSingle();
            assertThat(scan.getStartedAt()).as("scan started after the collection finished").isAfterOrEqualTo(collect.getFinishedAt());
        }
    }

    @Test
    void recordsEachFailureAndKeepsTheScheduleGoing() {
        try (Database db = TestDatabase.fresh()) {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            JobRunner runner = new JobRunner(db.dsl(), meters);
            Job failing = TestJobs.of("collect", () -> {
                throw new IllegalStateException("The Odds API answered 401: invalid key");
            });
            SchedulerSettings settings = SchedulerSettings.defaults().withPollingInterval(Duration.ofMillis(50));
            try (AgentScheduler scheduler = new AgentScheduler(db.dataSource(), runner,
                    List.of(new ScheduledJob(failing, Schedules.fixedDelay(Duration.ofMillis(200)), List.of(named("scan")))), settings)) {
                scheduler.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> db.dsl().fetchCount(JOB_RUNS, JOB_RUNS.STATUS.eq("failed")) >= 3);
            }

            assertThat(db.dsl().fetchCount(JOB_RUNS, JOB_RUNS.JOB.eq("scan"))).as("no scan after a failed collection").isZero();
            assertThat(db.dsl().selectDistinct(JOB_RUNS.MESSAGE).from(JOB_RUNS).fetch(JOB_RUNS.MESSAGE)).containsExactly("The Odds API answered 401: invalid key");
            assertThat(meters.get("monps.job.failures").tag("job", "collect").counter().count()).isGreaterThanOrEqualTo(3);
        }
    }

}
