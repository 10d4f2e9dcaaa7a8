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
import static org.awaitility.Awaitility.await;

/** The agent page end to end: the desktop and the agent's real control API over one database. */
@ExtendWith(ApplicationExtension.class)
class AgentScreenTest {

    private FxTestContext context;
    private LocalAgent agent;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new FxTestContext(TestDatabase.fresh());
        context.db().dsl().execute("""
                INSERT INTO job_runs (job, started_at, finished_at, status, items, message) VALUES
                  ('clv', '2024-08-17 21:00+00', '2024-08-17 21:00:03+00', 'failed', 0, 'closing prices missing')""");
        context.db().dsl().execute("INSERT INTO api_requests (endpoint, http_status, requests_remaining) VALUES ('odds', 200, 431)");
        agent = new LocalAgent(context.db().dsl());
        show(stage, LocalAgent.TOKEN);
    }

    private void show(Stage stage, String token) {
        AgentClient client = new AgentClient(HttpClient.newHttpClient(), agent::base, () -> Optional.of(token));
        ScreenHarness.show(stage, new AgentController(context.ui(), client, new AgentHealthRepository(context.db().dsl())));
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
        assertThat(robot.lookup("#agent-stats").queryAs(Label.class).getText())
                .isEqualTo("Bets: 0 pending · 0 settled automatically · 0 settled by hand · 0 with CLV · 0 started without CLV\n"
                        + "clv: failed (1 run, 1 failed)\nMatches needing review: 0");
    }

    @Test
    void runSettlementNowCallsTheAgentAndShowsItsAnswerAndTheNewRun(FxRobot robot) {
        robot.clickOn("#agent-run-settlement");

        assertThat(robot.lookup("#agent-answer").queryAs(Label.class).getText()).isEqualTo("Done: settle · success · 3 · 3 bets settled");
        await().untilAsserted(() -> assertThat(robot.lookup("#agent-runs").queryAs(TableView.class).getItems()).hasSize(2));
        await().untilAsserted(() -> assertThat(robot.lookup("#agent-stats").queryAs(Label.class).getText())
                .contains("settle: success (1 run, 0 failed)"));
    }

    @Test
    void aFailedClvRunShowsTheJobsReason(FxRobot robot) {
        robot.clickOn("#agent-run-clv");

        assertThat(robot.lookup("#agent-answer").queryAs(Label.class).getText())
                .isEqualTo("The run failed (the agent answered 500): closing prices missing");
    }

    @Test
    void aTokenTheAgentRefusesIsToldAsSuchOnThePage(FxRobot robot) {
        robot.interact(() -> show(stage, "not-the-agents-token"));

        await().untilAsserted(() -> assertThat(robot.lookup("#agent-stats").queryAs(Label.class).getText())
                .isEqualTo("The agent refused the token: set the same MONPS_AGENT_TOKEN as the agent, or the token file in Settings."));
    }
}
