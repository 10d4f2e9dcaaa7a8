package com.monps.desktop.agent;

import com.monps.core.api.ErrorCode;
import com.monps.core.api.JobRunAnswer;
import com.monps.core.api.SettlementStats.JobRunSummary;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The desktop's client against the agent's real control API: typed answers, typed refusals. */
class AgentClientTest {

    private final Database database = TestDatabase.fresh();
    private final LocalAgent agent = new LocalAgent(database.dsl());

    @AfterEach
    void stopAgent() {
        agent.close();
        database.close();
    }

    @Test
    void runsSettlementWithTheBearerTokenAndReadsTheAnswer() throws Exception {
        JobRunAnswer answer = client(LocalAgent.TOKEN).runSettlement();

        assertThat(answer).isEqualTo(new JobRunAnswer("settle", "success", 3, "3 bets settled"));
    }

    @Test
    void aFailedRunCarriesTheJobsOwnMessage() {
        assertThatThrownBy(() -> client(LocalAgent.TOKEN).runClv()).isInstanceOfSatisfying(AgentException.class, e -> {
            assertThat(e.failure()).isEqualTo(AgentException.Failure.RUN_FAILED);
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.getMessage()).isEqualTo(LocalAgent.CLV_FAILURE);
        });
    }

    @Test
    void aWrongTokenIsRefusedWithTheCodeUnauthorized() {
        assertThatThrownBy(() -> client("wrong").stats()).isInstanceOfSatisfying(AgentException.class, e -> {
            assertThat(e.failure()).isEqualTo(AgentException.Failure.REFUSED);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED);
            assertThat(e.getMessage()).startsWith("missing or invalid token");
        });
    }

    @Test
    void readsTheStatisticsAsTheAgentCountsThem() throws Exception {
        database.dsl().execute("""
                INSERT INTO job_runs (job, started_at, finished_at, status, items, message) VALUES
                  ('settle', '2024-08-17 21:00+00', '2024-08-17 21:00:03+00', 'failed', null, 'scores missing'),
                  ('settle', '2024-08-18 21:00+00', '2024-08-18 21:00:02+00', 'success', 4, '4 bets settled')""");

        var stats = client(LocalAgent.TOKEN).stats();

        assertThat(stats.jobs()).extracting(JobRunSummary::job, JobRunSummary::lastStatus, JobRunSummary::runs, JobRunSummary::failures)
                .containsExactly(tuple("settle", "success", 2, 1));
        assertThat(stats.bets().pending()).isZero();
        assertThat(stats.matchesNeedingReview()).isZero();
    }

    @Test
    void anAgentThatIsNotRunningIsReportedUnreachable() {
        URI gone = agent.base();
        agent.close();
        AgentClient client = new AgentClient(HttpClient.newHttpClient(), () -> gone, () -> Optional.of(LocalAgent.TOKEN));

        assertThatThrownBy(client::runSettlement).isInstanceOfSatisfying(AgentException.class,
                e -> assertThat(e.failure()).isEqualTo(AgentException.Failure.UNREACHABLE));
    }

    @Test
    void withoutATokenNothingIsSent() {
        AgentClient client = new AgentClient(HttpClient.newHttpClient(), agent::base, Optional::empty);

        assertThatThrownBy(client::runSettlement).isInstanceOfSatisfying(AgentException.class,
                e -> assertThat(e.failure()).isEqualTo(AgentException.Failure.NO_TOKEN));
        assertThat(agent.requestsAnswered()).isZero();
    }

    private AgentClient client(String token) {
        return new AgentClient(HttpClient.newHttpClient(), agent::base, () -> Optional.of(token));
    }
}
