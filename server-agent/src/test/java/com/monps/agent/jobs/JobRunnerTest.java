package com.monps.agent.jobs;

import com.monps.agent.testing.TestJobs;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static com.monps.core.jooq.Tables.JOB_RUNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobRunnerTest {

    private final Database db = TestDatabase.fresh();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final JobRunner runner = new JobRunner(db.dsl(), meters);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSuccessfulRunIsRecordedWithItsSummary() throws Exception {
        runner.run(TestJobs.of("clv", () -> new JobResult(3, "3 bets got a closing price")));

        var run = db.dsl().selectFrom(JOB_RUNS).fetchSingle();
        assertThat(run.getStatus()).isEqualTo("success");
        assertThat(run.getItems()).isEqualTo(3);
        assertThat(run.getMessage()).isEqualTo("3 bets got a closing price");
        assertThat(run.getFinishedAt()).isNotNull();
    }

    @Test
    void aFailedRunIsRecordedCountedAndRethrown() {
        assertThatThrownBy(() -> runner.run(TestJobs.of("settle", () -> {
            throw new IllegalStateException("scores call refused: quota exhausted");
        }))).hasMessage("scores call refused: quota exhausted");

        assertThat(db.dsl().selectFrom(JOB_RUNS).fetchSingle().getStatus()).isEqualTo("failed");
        assertThat(meters.counter("monps.job.failures", "job", "settle").count()).isEqualTo(1.0);
    }

    @Test
    void aRunLeftRunningByAKilledProcessIsClosedAsFailedWhenTheJobNextStarts() throws Exception {
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minus(JobRunner.ABANDONED_AFTER).minusMinutes(1);
        db.dsl().insertInto(JOB_RUNS).set(JOB_RUNS.JOB, "clv").set(JOB_RUNS.STARTED_AT, longAgo).execute();
        db.dsl().insertInto(JOB_RUNS).set(JOB_RUNS.JOB, "settle").set(JOB_RUNS.STARTED_AT, longAgo).execute();

        runner.run(TestJobs.of("clv", () -> new JobResult(0, "nothing to do")));

        assertThat(db.dsl().select(JOB_RUNS.JOB, JOB_RUNS.STATUS).from(JOB_RUNS).orderBy(JOB_RUNS.ID).fetch()
                .map(r -> r.value1() + ":" + r.value2()))
                .containsExactly("clv:failed", "settle:running", "clv:success");
        assertThat(db.dsl().select(JOB_RUNS.MESSAGE).from(JOB_RUNS).orderBy(JOB_RUNS.ID).limit(1).fetchSingle().value1())
                .startsWith("interrupted");
    }

}
