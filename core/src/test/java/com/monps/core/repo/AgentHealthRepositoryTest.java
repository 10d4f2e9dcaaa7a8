package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgentHealthRepositoryTest {

    private Database db;
    private AgentHealthRepository health;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        health = new AgentHealthRepository(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anEmptyDatabaseHasNoRunsNorCredits() {
        assertThat(health.latestRuns(5)).isEmpty();
        assertThat(health.creditsRemaining()).isEmpty();
        assertThat(health.lastApiCall()).isEmpty();
    }

    @Test
    void readsTheLatestRunOfAJobAndTheLastCreditBalance() {
        db.dsl().execute("""
                INSERT INTO job_runs (job, started_at, finished_at, status, items, message) VALUES
                  ('settle', '2024-08-16 10:00+00', '2024-08-16 10:00:02+00', 'success', 3, null),
                  ('settle', '2024-08-16 11:00+00', '2024-08-16 11:00:01+00', 'failed', 0, 'database unreachable'),
                  ('collect', '2024-08-16 09:00+00', null, 'running', null, null)""");
        db.dsl().execute("""
                INSERT INTO api_requests (endpoint, http_status, requests_remaining, requested_at) VALUES
                  ('odds', 200, 480, '2024-08-16 08:00+00'), ('odds', 200, 470, '2024-08-16 09:00+00'), ('odds', 401, null, '2024-08-16 09:30+00')""");

        assertThat(health.lastRun("settle")).hasValueSatisfying(run -> {
            assertThat(run.status()).isEqualTo("failed");
            assertThat(run.message()).isEqualTo("database unreachable");
        });
        assertThat(health.latestRuns(2)).extracting(AgentHealthRepository.Run::job).containsExactly("settle", "settle");
        assertThat(health.creditsRemaining()).contains(470);
        assertThat(health.lastApiCall()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2024-08-16T09:30:00Z"));
    }
}
