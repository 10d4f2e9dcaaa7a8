package com.monps.agent;

import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobRunner;
import com.monps.agent.scan.ScanCommand;
import com.monps.agent.scan.ScanJob;
import com.monps.core.agents.Bankroll;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanSettings;
import com.monps.core.db.Database;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The agent's composition root: builds the one Database, OkHttpClient and meter registry of the process and the jobs
 * over them, and passes them through constructors. Commands create one, use it and close it.
 */
public final class AgentContext implements AutoCloseable {

    private final AgentConfig config;
    private final Database database;
    private final OkHttpClient http;
    private final PrometheusMeterRegistry meters;
    private final JobRunner runner;

    public AgentContext(AgentConfig config) {
        this.config = config;
        this.database = Database.connect(config.database());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.runner = new JobRunner(database.dsl(), meters);
    }

    /** Every job of the agent, by name: collect, settle, clv, scan. */
    public List<Job> jobs() {
        return List.of(scanJob());
    }

    private Job scanJob() {
        var dsl = database.dsl();
        return new ScanJob(new OpportunityScan(dsl, ScanSettings.DEFAULTS, Bankroll.fromBets(dsl, ScanCommand.DEFAULT_STARTING_BANKROLL)),
                meters, Clock.systemUTC());
    }

    public Job job(String name) {
        return jobs().stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job named '" + name + "'"));
    }

    public AgentConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public OkHttpClient http() {
        return http;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    public JobRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        database.close();
    }
}
