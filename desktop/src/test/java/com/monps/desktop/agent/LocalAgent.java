package com.monps.desktop.agent;

import com.monps.agent.api.ApiServer;
import com.monps.agent.api.ControlApi;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.jobs.JobRunner;
import com.monps.agent.metrics.AgentMetrics;
import com.monps.agent.plan.WatchChanges;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jooq.DSLContext;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The agent's own control API ({@link ApiServer} with every route of {@link ControlApi}) on a free loopback port, over
 * the test's database, as the daemon serves it. Only the two jobs are stand-ins, so that a run needs no Odds API:
 * settle succeeds with three bets, clv fails with "closing prices missing"; both go through the real
 * {@link JobRunner}, which records them in job_runs. Token {@value #TOKEN}.
 */
final class LocalAgent implements AutoCloseable {

    static final String TOKEN = "s3cret";
    static final String CLV_FAILURE = "closing prices missing";

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ApiServer server;

    LocalAgent(DSLContext dsl) {
        JobRunner runner = new JobRunner(dsl, meters);
        List<Job> jobs = List.of(job("settle", () -> new JobResult(3, "3 bets settled")), job("clv", () -> {
            throw new IllegalStateException(CLV_FAILURE);
        }));
        server = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN,
                ControlApi.routes(dsl, runner, jobs, meters, meters::scrape, Clock.systemUTC(), new WatchChanges()), meters);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.address().getPort());
    }

    /** How many requests the agent answered (its own request timer), refusals included. */
    long requestsAnswered() {
        return meters.find(AgentMetrics.HTTP_REQUESTS).timers().stream().mapToLong(Timer::count).sum();
    }

    @Override
    public void close() {
        server.close();
    }

    private interface Run {
        JobResult run() throws Exception;
    }

    private static Job job(String name, Run run) {
        return new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public JobResult run() throws Exception {
                return run.run();
            }
        };
    }
}
