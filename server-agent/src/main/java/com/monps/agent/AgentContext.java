package com.monps.agent;

import com.monps.agent.clv.ClvJob;
import com.monps.agent.collect.CollectJob;
import com.monps.agent.collect.PlannedCollectJob;
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
import com.monps.agent.plan.WatchChanges;
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
    private final Clock clock;
    private final ApiRequestLog apiRequests;
    private final OddsApiClient oddsApi;
    private final CollectionSchedule collectionSchedule;
    private final CollectJob collect;
    private final List<Job> otherJobs;
    private final WatchChanges watched = new WatchChanges();
    private final AgentMetrics metrics;

    public AgentContext(AgentConfig config) {
        this(config, Clock.systemUTC());
    }

    /** On {@code clock}: every job, the credit planner and the API ledger read the time from it (tests simulate time). */
    public AgentContext(AgentConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.database = Database.connect(config.database());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.metrics = AgentMetrics.bind(meters, database, config.creditBudget());
        this.runner = new JobRunner(database.dsl(), meters);
        this.apiRequests = new ApiRequestLog(database.dsl(), meters, clock);
        OddsApiSettings api = new OddsApiSettings(OddsApiSettings.parseUrl(config.oddsApiUrl()), config.oddsApiKey(),
                AgentConfig.split(config.regions()), config.bookmakers(), RetryPolicy.standard(config.apiRetryBase()),
                config.markets());
        this.oddsApi = new OddsApiClient(http, api, apiRequests, meters);
        this.collectionSchedule = new CollectionSchedule(database.dsl(), apiRequests, CreditPlanner.standard(),
                config.creditBudget(), config.sports(), api.oddsCallCost());
        this.collect = new CollectJob(oddsApi, database.dsl(), meters, clock, config.sports());
        this.otherJobs = List.of(
                new SettleJob(oddsApi, database.dsl(), clock, config.settleDelay()),
                new ClvJob(database.dsl(), clock));
    }

    /** Every job of the agent, by name, as a command or the control API runs it: collect (every sport), settle, clv, scan. */
    public List<Job> jobs() {
        return withCollect(collect);
    }

    /** The jobs as the scheduler runs them: {@code collect} makes only the odds calls the credit plan has due. */
    public List<Job> scheduledJobs() {
        return withCollect(new PlannedCollectJob(collect, collectionSchedule, clock));
    }

    private List<Job> withCollect(Job collectJob) {
        return Stream.of(Stream.of(collectJob), otherJobs.stream(), Stream.of(scanJob())).flatMap(s -> s).toList();
    }

    private Job scanJob() {
        var dsl = database.dsl();
        return new ScanJob(new OpportunityScan(dsl, ScanSettings.DEFAULTS, Bankroll.fromBets(dsl, config.startingBankroll())),
                meters, clock, watched);
    }

    /** Where bets placed and opportunities found are announced, so that the collection plan can follow them at once. */
    public WatchChanges watched() {
        return watched;
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

    /** How The Odds API is called: markets, regions, bookmakers and the cost of one odds call (for status). */
    public OddsApiSettings oddsApiSettings() {
        return oddsApi.settings();
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
