package com.monps.agent.metrics;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.jobs.JobRunner;
import com.monps.core.db.Database;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.JOB_RUNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class AgentMetricsTest {

    private final Database db = TestDatabase.fresh();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AgentMetrics metrics = AgentMetrics.bind(meters, db, 500);

    @AfterEach
    void close() {
        metrics.close();
        db.close();
    }

    @Test
    void exportsEveryContractSeriesAtZeroBeforeTheFirstEvent() {
        assertThat(meters.scrape()).contains(
                "monps_opportunities_total 0.0",
                "monps_bets_placed_total 0.0",
                "monps_api_requests_total{endpoint=\"odds\",status=\"200\"} 0.0",
                "monps_collector_duration_seconds_count 0",
                "monps_credit_budget 500.0",
                "monps_job_last_success{job=\"settle\"} 0.0",
                "monps_job_failures_total{job=\"collect\"} 0.0",
                "monps_job_duration_seconds_count{job=\"clv\"} 0",
                "monps_bets_pending 0.0",
                "monps_roi_percent NaN",
                "jvm_memory_used_bytes{",
                "jvm_threads_live_threads",
                "process_cpu_usage",
                "process_uptime_seconds",
                "hikaricp_connections_active{pool=\"monps\"}");
    }

    @Test
    void showsTheEndOfEachJobsLastSuccessFromJobRunsEvenAfterARestart() throws Exception {
        new JobRunner(db.dsl(), meters).run(new NamedJob("settle"));
        long finished = db.dsl().fetchValue(JOB_RUNS.FINISHED_AT).toEpochSecond();

        PrometheusMeterRegistry afterRestart = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (AgentMetrics restarted = AgentMetrics.bind(afterRestart, db, 500)) {
            assertThat(meters.get(AgentMetrics.JOB_LAST_SUCCESS).tag("job", "settle").gauge().value()).isEqualTo(finished);
            assertThat(afterRestart.get(AgentMetrics.JOB_LAST_SUCCESS).tag("job", "settle").gauge().value()).isEqualTo(finished);
            assertThat(afterRestart.get(AgentMetrics.JOB_LAST_SUCCESS).tag("job", "clv").gauge().value()).isZero();
            assertThat((double) finished).isCloseTo(OffsetDateTime.now().toEpochSecond(), offset(60.0));
        }
    }

    @Test
    void readsTheBookFromTheDatabase() {
        BetRepository bets = new BetRepository(db.dsl());
        long won = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.50", "10"));
        bets.insert(Fixtures.bet("m2", Outcome.AWAY, "3.00", "5"));
        bets.insert(Fixtures.bet("m3", Outcome.DRAW, "3.20", "5"));
        db.dsl().update(BETS).set(BETS.COMMENCE_TIME, OffsetDateTime.now().plusDays(2)).where(BETS.MATCH_ID.eq("m3")).execute();
        bets.settle(won, new BetRepository.Settlement(BetStatus.WON, Outcome.HOME, "1-0", new BigDecimal("25.00"),
                new BigDecimal("15.00"), SettledBy.AUTO, Instant.now()));

        assertThat(meters.get("monps.bets.pending").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("monps.bets.overdue").gauge().value()).as("pending and kicked off over 24 h ago").isEqualTo(1.0);
        assertThat(meters.get("monps.profit").gauge().value()).isEqualTo(15.0);
        assertThat(meters.get("monps.roi.percent").gauge().value()).isEqualTo(150.0);
        assertThat(meters.get("monps.hit.rate.percent").gauge().value()).isEqualTo(100.0);
        assertThat(meters.get("monps.clv.average.percent").gauge().value()).isNaN();
    }

    private record NamedJob(String name) implements Job {
        @Override
        public JobResult run() {
            return new JobResult(3, "3 bets settled");
        }
    }
}
