package com.monps.agent.simulation;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import com.monps.agent.AgentContext;
import com.monps.agent.cli.AgentDaemon;
import com.monps.agent.config.AgentConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The real {@code run} daemon (control API, db-scheduler, planner, jobs) on a simulated clock: its scheduler is
 * db-scheduler's manual one, which runs due executions when the test says, as a polling one would at that time.
 */
final class SimulatedAgent implements AutoCloseable {

    private final AgentContext context;
    private final AgentDaemon daemon;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;
    private ManualScheduler scheduler;

    SimulatedAgent(Map<String, String> environment, SimulatedClock clock, String name) {
        AgentConfig config = AgentConfig.from(environment);
        this.token = config.agentToken();
        this.context = new AgentContext(config, clock);
        this.daemon = AgentDaemon.start(context, (dataSource, tasks) -> {
            var builder = TestHelper.createManualScheduler(dataSource, List.<Task<?>>of())
                    .clock(clock.forScheduler())
                    .startTasks(tasks);
            builder.schedulerName(new SchedulerName.Fixed(name));
            scheduler = builder.build();
            return scheduler;
        });
    }

    AgentContext context() {
        return context;
    }

    /** Runs every execution due at the clock's time, as db-scheduler's next poll would. */
    void runDueExecutions() {
        scheduler.runAnyDueExecutions();
    }

    /** {@code POST /bets/place} with {@code json}; the agent's answer. */
    HttpResponse<String> placeBet(String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.address().getPort() + "/bets/place"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("POST /bets/place failed: " + e.getMessage(), e);
        }
    }

    List<String> sports() {
        return context.config().sports();
    }

    @Override
    public void close() {
        daemon.close();
        context.close();
        http.close();
    }
}
