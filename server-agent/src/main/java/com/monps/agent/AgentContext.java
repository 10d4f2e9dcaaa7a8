package com.monps.agent;

import com.monps.agent.clv.ClvJob;
import com.monps.agent.collect.CollectJob;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobRunner;
import com.monps.agent.metrics.AgentMetrics;
import com.monps.agent.oddsapi.ApiRequestLog;
import com.monps.agent.oddsapi.OddsApiClient;
import com.monps.agent.oddsapi.OddsApiSettings;
import com.monps.agent.oddsapi.RetryPolicy;
import com.monps.agent.plan.CollectionSchedule;
import com.monps.agent.plan.CreditPlanner;
import com.monps.agent.scan.ScanJob;
import com.monps.agent.scheduler.CollectionPlan;
import com.monps.agent.settle.SettleJob;
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
import java.util.stream.Stream;

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
    private final Clock clock = Clock.systemUTC();
    private final ApiRequestLog apiRequests;
    private final OddsApiClient oddsApi;
    private final CollectionSchedule collectionSchedule;
    private final List<Job> jobs;
    private final AgentMetrics metrics;

    public AgentContext(AgentConfig config) {
        this.config = config;
        this.database = Database.connect(config.database());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.metrics = AgentMetrics.bind(meters, database, config.creditBudget());
        this.runner = new JobRunner(database.dsl(), meters);
        this.apiRequests = new ApiRequestLog(database.dsl(), meters);
        OddsApiSettings api = new OddsApiSettings(OddsApiSettings.parseUrl(config.oddsApiUrl()), config.oddsApiKey(),
                AgentConfig.split(config.regions()), config.bookmakers(), RetryPolicy.standard(config.apiRetryBase()));
        this.oddsApi = new OddsApiClient(http, api, apiRequests, meters);
        this.collectionSchedule = new CollectionSchedule(database.dsl(), apiRequests, CreditPlanner.standard(),
                config.creditBudget(), config.sports(), api.oddsCallCost());
        this.jobs = List.of(
                new CollectJob(oddsApi, database.dsl(), meters, clock, config.sports()),
                new SettleJob(oddsApi, database.dsl(), clock, config.settleDelay()),
                new ClvJob(database.dsl(), clock));
    }

    /** Every job of the agent, by name: collect, settle, clv, scan. */
    public List<Job> jobs() {
        return Stream.concat(jobs.stream(), Stream.of(scanJob())).toList();
    }

    private Job scanJob() {
        var dsl = database.dsl();
        return new ScanJob(new OpportunityScan(dsl, ScanSettings.DEFAULTS, Bankroll.fromBets(dsl, config.startingBankroll())),
                meters, clock);
    }

    public Job job(String name) {
        return jobs().stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job named '" + name + "'"));
    }

    /** When the scheduler runs {@code collect}: the credit planner's next collection. */
    public CollectionPlan collectionPlan() {
        return time -> collectionSchedule.next(time).at();
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

    public Clock clock() {
        return clock;
    }

    /** The api_requests ledger: credit balance and spending. */
    public ApiRequestLog apiRequests() {
        return apiRequests;
    }

    /** When to run {@code collect} next, per the credit plan (for the scheduler) and the month's plan (for status). */
    public CollectionSchedule collectionSchedule() {
        return collectionSchedule;
    }

    public AgentMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        metrics.close();
        database.close();
    }
}
