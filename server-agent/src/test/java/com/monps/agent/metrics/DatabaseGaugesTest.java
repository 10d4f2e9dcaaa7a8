package com.monps.agent.metrics;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.jobs.JobRunner;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static com.monps.core.jooq.Tables.JOB_RUNS;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseGaugesTest {

    @Test
    void showsTheEndOfEachJobsLastSuccessFromJobRunsEvenAfterARestart() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            PrometheusMeterRegistry before = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            DatabaseGauges.register(before, db.dsl(), List.of("settle"));
            new JobRunner(db.dsl(), before).run(new NamedJob("settle"));
            long finished = db.dsl().fetchValue(JOB_RUNS.FINISHED_AT).toEpochSecond();

            PrometheusMeterRegistry afterRestart = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            DatabaseGauges.register(afterRestart, db.dsl(), List.of("settle", "clv"));

            assertThat(before.get(AgentMetrics.JOB_LAST_SUCCESS).tag("job", "settle").gauge().value()).isEqualTo(finished);
            assertThat(afterRestart.get(AgentMetrics.JOB_LAST_SUCCESS).tag("job", "settle").gauge().value()).isEqualTo(finished);
            assertThat(afterRestart.get(AgentMetrics.JOB_LAST_SUCCESS).tag("job", "clv").gauge().value()).isZero();
            assertThat(finished).isCloseTo(OffsetDateTime.now().toEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        }
    }

    @Test
    void leavesCreditsUnknownUntilTheApiHasAnswered() {
        try (Database db = TestDatabase.fresh()) {
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            DatabaseGauges.register(meters, db.dsl(), List.of());

            assertThat(meters.get(AgentMetrics.CREDITS_REMAINING).gauge().value()).isNaN();
        }
    }

    private record NamedJob(String name) implements Job {
        @Override
        public JobResult run() {
            return new JobResult(3, "3 bets settled");
        }
    }
}
