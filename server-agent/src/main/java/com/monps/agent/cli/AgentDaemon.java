package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.api.ApiServer;
import com.monps.agent.api.ControlApi;
import com.monps.agent.api.Route;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.Job;
import com.monps.agent.metrics.AgentMetrics;
import com.monps.agent.scheduler.AgentScheduler;
import com.monps.agent.scheduler.JobSchedules;
import com.monps.agent.scheduler.ScheduledJob;
import com.monps.agent.scheduler.SchedulerSettings;
import com.monps.core.db.TimescaleNotPreloadedException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * The running agent: schema migrated, control API listening, scheduler polling. Built over an
 * {@link AgentContext} that its owner closes after this.
 */
public final class AgentDaemon implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentDaemon.class);

    private final ApiServer api;
    private final AgentScheduler scheduler;
    private final String description;

    private AgentDaemon(ApiServer api, AgentScheduler scheduler, String description) {
        this.api = api;
        this.scheduler = scheduler;
        this.description = description;
    }

    public static AgentDaemon start(AgentContext context, SchedulerSettings settings) {
        AgentConfig config = context.config();
        ApiServer.requireToken(config.agentToken());
        try {
            context.database().migrate();
        } catch (TimescaleNotPreloadedException e) {
            // the daemon runs under systemd or compose: its log, not a terminal, is where the trader looks
            log.error("monps-agent cannot start: {}", e.getMessage());
            throw e;
        }
        log.info("monps-agent {}", config.storage().apply(context.database().dsl()));
        PrometheusMeterRegistry meters = context.meters();
        List<Job> jobs = context.jobs();
        List<Route> routes = ControlApi.routes(context.database().dsl(), context.runner(), jobs, meters, meters::scrape);
        context.metrics().registerJobs(jobs.stream().map(Job::name).filter(n -> !AgentMetrics.KNOWN_JOBS.contains(n)).toList());
        context.apiRequests().refreshGauge();

        ApiServer api = ApiServer.start(config.bind(), config.agentToken(), routes, meters);
        List<ScheduledJob> scheduled = new JobSchedules(config.zone(), context.collectionPlan()).forJobs(jobs);
        AgentScheduler scheduler = new AgentScheduler(context.database().dataSource(), context.runner(), scheduled, settings);
        try {
            scheduler.start();
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        InetSocketAddress bound = api.address();
        String description = "listening on http://" + bound.getHostString() + ":" + bound.getPort() + " (scheduled: "
                + (scheduled.isEmpty() ? "nothing" : String.join(", ", scheduled.stream().map(s -> s.job().name()).toList()))
                + "; time zone " + config.zone() + ")";
        log.info("monps-agent {}", description);
        return new AgentDaemon(api, scheduler, description);
    }

    /** Where it listens, what it schedules and in which time zone: never a secret. */
    String description() {
        return description;
    }

    public InetSocketAddress address() {
        return api.address();
    }

    /** Stops taking requests, then lets the scheduler finish the runs in progress. */
    @Override
    public void close() {
        api.close();
        scheduler.close();
    }
}
