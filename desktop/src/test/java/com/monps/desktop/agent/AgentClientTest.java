package com.monps.desktop.agent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentClientTest {

    private final LocalAgent agent = new LocalAgent();

    @AfterEach
    void stopAgent() {
        agent.close();
    }

    @Test
    void runsSettlementWithTheBearerTokenAndReadsTheAnswer() throws Exception {
        var answer = client(LocalAgent.TOKEN).runSettlement();

        assertThat(answer).isEqualTo(new AgentClient.RunAnswer("settle", "success", 3, "3 bets settled"));
        assertThat(agent.seen()).containsExactly("POST /settlement/run-settlement Bearer s3cret");
    }

    @Test
    void aFailedRunCarriesTheAgentsOwnMessage() {
        assertThatThrownBy(() -> client(LocalAgent.TOKEN).runClv()).isInstanceOfSatisfying(AgentException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.getMessage()).isEqualTo("database unreachable");
        });
    }

    @Test
    void aWrongTokenIsRefusedWithTheReason() {
        assertThatThrownBy(() -> client("wrong").stats()).isInstanceOfSatisfying(AgentException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).isEqualTo("missing or wrong bearer token");
        });
    }

    @Test
    void readsTheStatistics() throws Exception {
        var stats = client(LocalAgent.TOKEN).stats();

        assertThat(stats.path("bets").path("pending").asInt()).isEqualTo(2);
        assertThat(agent.seen()).containsExactly("GET /settlement/stats Bearer s3cret");
    }

    @Test
    void anAgentThatIsNotRunningIsReportedUnreachable() {
        URI gone = agent.base();
        agent.close();
        AgentClient client = new AgentClient(HttpClient.newHttpClient(), () -> gone, () -> Optional.of(LocalAgent.TOKEN));

        assertThatThrownBy(client::runSettlement).isInstanceOfSatisfying(AgentException.class, e -> assertThat(e.unreachable()).isTrue());
    }

    @Test
    void withoutATokenNothingIsSent() {
        AgentClient client = new AgentClient(HttpClient.newHttpClient(), agent::base, Optional::empty);

        assertThatThrownBy(client::runSettlement).hasMessage("no agent token configured");
        assertThat(agent.seen()).isEmpty();
    }

    private AgentClient client(String token) {
        return new AgentClient(HttpClient.newHttpClient(), agent::base, () -> Optional.of(token));
    }
}
