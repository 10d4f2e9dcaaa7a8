package com.monps.agent.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.JOB_RUNS;
import static org.assertj.core.api.Assertions.assertThat;

class SettlementRoutesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void runsSettlementNowThroughTheJobRunner() throws Exception {
        try (ApiHarness api = new ApiHarness(dsl -> List.of(new PendingBetsJob("settle", dsl)))) {
            new BetRepository(api.database.dsl()).insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "10"));

            HttpResponse<String> response = api.post("/settlement/run-settlement", "");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"job\":\"settle\",\"status\":\"success\",\"items\":1,\"summary\":\"1 pending bets seen\"}");
            assertThat(api.database.dsl().fetchValue(JOB_RUNS.STATUS, JOB_RUNS.JOB.eq("settle"))).isEqualTo("success");
        }
    }

    @Test
    void runsClvNowThroughTheJobRunner() {
        try (ApiHarness api = new ApiHarness(dsl -> List.of(new PendingBetsJob("settle", dsl), new PendingBetsJob("clv", dsl)))) {
            HttpResponse<String> response = api.post("/settlement/run-clv", "");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"job\":\"clv\",\"status\":\"success\",\"items\":0,\"summary\":\"0 pending bets seen\"}");
            assertThat(api.database.dsl().fetchCount(JOB_RUNS, JOB_RUNS.JOB.eq("settle"))).isZero();
        }
    }

    @Test
    void reportsAFailedClvRunWithItsMessage() throws Exception {
        try (ApiHarness api = new ApiHarness(dsl -> List.of(new FailingJob("clv", "no closing prices collected yet")))) {
            HttpResponse<String> response = api.post("/settlement/run-clv", "");

            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode body = mapper.readTree(response.body());
            assertThat(body.get("status").asText()).isEqualTo("failed");
            assertThat(body.get("summary").asText()).isEqualTo("no closing prices collected yet");
            assertThat(api.database.dsl().fetchValue(JOB_RUNS.STATUS, JOB_RUNS.JOB.eq("clv"))).isEqualTo("failed");
        }
    }

    @Test
    void answers503WhenTheJobIsNotInThisBuild() {
        try (ApiHarness api = new ApiHarness()) {
            HttpResponse<String> response = api.post("/settlement/run-clv", "");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"error\":\"the clv job is not available in this build of the agent\",\"code\":\"unavailable\"}");
        }
    }

    @Test
    void showsTheLastRunOfEachJobWithCountsAndWhereTheBetsStand() throws Exception {
        try (ApiHarness api = new ApiHarness(dsl -> List.of(new PendingBetsJob("settle", dsl),
                new FailingJob("clv", "no closing prices collected yet")))) {
            DSLContext dsl = api.database.dsl();
            new BetRepository(dsl).insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "10"));
            api.post("/settlement/run-clv", "");
            api.post("/settlement/run-settlement", "");
            api.post("/settlement/run-settlement", "");
            dsl.update(BETS).set(BETS.CLOSING_ODDS, new java.math.BigDecimal("1.95")).execute();

            JsonNode stats = mapper.readTree(api.get("/settlement/stats").body());

            JsonNode clv = stats.get("jobs").get(0);
            JsonNode settle = stats.get("jobs").get(1);
            assertThat(clv.get("job").asText()).isEqualTo("clv");
            assertThat(clv.get("last_status").asText()).isEqualTo("failed");
            assertThat(clv.get("failures").asInt()).isEqualTo(1);
            assertThat(clv.get("last_success_at").isNull()).isTrue();
            assertThat(settle.get("job").asText()).isEqualTo("settle");
            assertThat(settle.get("runs").asInt()).isEqualTo(2);
            assertThat(settle.get("last_items").asInt()).isEqualTo(1);
            assertThat(settle.get("last_success_at").asText()).endsWith("Z");
            assertThat(stats.get("bets").get("pending").asInt()).isEqualTo(1);
            assertThat(stats.get("bets").get("with_clv").asInt()).isEqualTo(1);
            assertThat(stats.get("matches_needing_review").asInt()).isZero();
        }
    }

    /** Counts the pending bets it sees. */
    record PendingBetsJob(String name, DSLContext dsl) implements Job {
        @Override
        public JobResult run() {
            int pending = dsl.fetchCount(BETS, BETS.STATUS.eq("pending"));
            return new JobResult(pending, pending + " pending bets seen");
        }
    }

    /** Fails as a job does when it cannot do its work. */
    record FailingJob(String name, String reason) implements Job {
        @Override
        public JobResult run() {
            throw new IllegalStateException(reason);
        }
    }
}
