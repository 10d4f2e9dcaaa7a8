package com.monps.desktop.agent;

import com.monps.core.repo.AgentHealthRepository;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.ScreenHarness;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.http.HttpClient;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AgentScreenTest {

    private FxTestContext context;
    private LocalAgent agent;
    private AgentController controller;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        context.db().dsl().execute("""
                INSERT INTO job_runs (job, started_at, finished_at, status, items, message) VALUES
                  ('clv', '2024-08-17 21:00+00', '2024-08-17 21:00:03+00', 'failed', 0, 'closing prices missing')""");
        context.db().dsl().execute("INSERT INTO api_requests (endpoint, http_status, requests_remaining) VALUES ('odds', 200, 431)");
        agent = new LocalAgent();
        AgentClient client = new AgentClient(HttpClient.newHttpClient(), agent::base, () -> Optional.of(LocalAgent.TOKEN));
        controller = new AgentController(context.ui(), client, new AgentHealthRepository(context.db().dsl()));
        ScreenHarness.show(stage, controller);
    }

    @AfterEach
    void tearDown() {
        agent.close();
        context.close();
    }

    @Test
    void showsTheLastRunsTheCreditsAndTheAgentsStatistics(FxRobot robot) {
        assertThat(robot.lookup("#agent-runs").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#agent-credits").queryAs(Label.class).getText()).isEqualTo("431");
        assertThat(robot.lookup("#agent-stats").queryAs(Label.class).getText()).contains("pending 2").contains("settle: success (4 runs, 1 failed)");
    }

    @Test
    void runSettlementNowCallsTheAgentAndShowsItsAnswer(FxRobot robot) {
        robot.clickOn("#agent-run-settlement");

        assertThat(robot.lookup("#agent-answer").queryAs(Label.class).getText()).isEqualTo("Done: settle · success · 3 · 3 bets settled");
        assertThat(agent.seen()).contains("POST /settlement/run-settlement Bearer s3cret");
    }

    @Test
    void aFailedClvRunShowsTheAgentsReason(FxRobot robot) {
        robot.clickOn("#agent-run-clv");

        assertThat(robot.lookup("#agent-answer").queryAs(Label.class).getText()).isEqualTo("The agent answered 500: database unreachable");
    }
}
