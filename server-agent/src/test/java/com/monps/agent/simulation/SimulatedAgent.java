package com.monps.agent.simulation;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import com.monps.agent.AgentContext;
import com.monps.agent.cli.AgentDaemon;
import com.monps.agent.config.AgentConfig;
import com.monps.core.db.DatabaseConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real {@code run} daemon (control API, db-scheduler, planner, jobs) on a simulated clock: its scheduler is
 * db-scheduler's manual one, which runs due executions when the test says, as a polling one would at that time.
 */
public final class SimulatedAgent implements AutoCloseable {

    static final String TOKEN = "simulated-daemon-token-5e0c";

    private final AgentContext context;
    private final AgentDaemon daemon;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;
    private ManualScheduler scheduler;

    /** The daemon's environment on {@code database}, against the stand-in at {@code apiUrl}, on a free loopback port. */
    public static Map<String, String> environment(DatabaseConfig database, String apiUrl, int budget, List<String> sports) {
        Map<String, String> env = new HashMap<>();
        env.put("MONPS_DB_URL", database.url());
        env.put("MONPS_DB_USER", database.user());
        env.put("MONPS_DB_PASSWORD", database.password() == null ? "" : database.password());
        env.put("MONPS_AGENT_BIND", "127.0.0.1:0");
        env.put("MONPS_AGENT_TOKEN", TOKEN);
        env.put("MONPS_ODDS_API_URL", apiUrl);
        env.put("ODDS_API_KEY", "simulated-key-7d41");
        env.put("MONPS_CREDIT_BUDGET", Integer.toString(budget));
        env.put("MONPS_SPORTS", String.join(",", sports));
        env.put("MONPS_API_RETRY_BASE", "PT0.001S");
        return env;
    }

    public SimulatedAgent(Map<String, String> environment, SimulatedClock clock, String name) {
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

    public AgentContext context() {
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

    @Override
    public void close() {
        daemon.close();
        context.close();
        http.close();
    }
}
