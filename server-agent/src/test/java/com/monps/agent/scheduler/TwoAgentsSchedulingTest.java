package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.monps.agent.jobs.JobRunner;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TwoAgentsSchedulingTest {

    private static final Duration DELAY = Duration.ofMillis(300);

    @Test
    void twoAgentsOnOneDatabaseRunEachDueExecutionOnce() {
        try (Database db = TestDatabase.fresh()) {
            db.dsl().execute(TickJob.CREATE_TABLE);
            JobRunner runner = new JobRunner(db.dsl(), new SimpleMeterRegistry());
            try (AgentScheduler a = agent(db, runner, "A"); AgentScheduler b = agent(db, runner, "B")) {
                a.start();
                b.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> ticksBy(db, "A") >= 2 && ticksBy(db, "B") >= 2
                        && ticks(db).size() >= 8);
            }

            List<Record2<String, OffsetDateTime>> ticks = ticks(db);
            for (int i = 1; i < ticks.size(); i++) {
                Duration gap = Duration.between(ticks.get(i - 1).value2(), ticks.get(i).value2());
                // a due execution run by both agents would show up as two ticks a few milliseconds apart
                assertThat(gap).as("gap before tick %d", i).isGreaterThanOrEqualTo(DELAY.minusMillis(50));
            }
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("job_runs").where("job = 'tick' AND status = 'success'")))
                    .isEqualTo(ticks.size());
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("scheduled_tasks").where("task_name = 'tick'"))).isOne();
        }
    }

    private static AgentScheduler agent(Database db, JobRunner runner, String name) {
        SchedulerSettings settings = SchedulerSettings.defaults()
                .withPollingInterval(Duration.ofMillis(50))
                .withInstanceName("agent-" + name);
        return new AgentScheduler(db.dataSource(), runner,
                List.of(new ScheduledJob(new TickJob(db.dsl(), name), Schedules.fixedDelay(DELAY))), settings);
    }

    private static List<Record2<String, OffsetDateTime>> ticks(Database db) {
        return db.dsl().resultQuery("SELECT agent, at FROM ticks ORDER BY at")
                .coerce(org.jooq.impl.DSL.field("agent", String.class), org.jooq.impl.DSL.field("at", OffsetDateTime.class))
                .fetch();
    }

    private static int ticksBy(Database db, String agent) {
        return db.dsl().fetchCount(db.dsl().selectFrom("ticks").where("agent = ?", agent));
    }
}
