package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.api.ApiServer;
import com.monps.agent.api.ControlApi;
import com.monps.agent.api.Route;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.Job;
import com.monps.agent.metrics.AgentMetrics;
import com.monps.agent.metrics.DatabaseGauges;
import com.monps.agent.metrics.RuntimeMetrics;
import com.monps.agent.scheduler.AgentScheduler;
import com.monps.agent.scheduler.JobSchedules;
import com.monps.agent.scheduler.ScheduledJob;
import com.monps.agent.scheduler.SchedulerSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The running agent: schema migrated, metrics registered, control API listening, scheduler polling. Built over an
 * {@link AgentContext} that its owner closes after this.
 */
final class AgentDaemon implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentDaemon.class);

    private final ApiServer api;
    private final AgentScheduler scheduler;
    private final RuntimeMetrics runtimeMetrics;

    private AgentDaemon(ApiServer api, AgentScheduler scheduler, RuntimeMetrics runtimeMetrics) {
        this.api = api;
        this.scheduler = scheduler;
        this.runtimeMetrics = runtimeMetrics;
    }

    static AgentDaemon start(AgentContext context, SchedulerSettings settings) {
        AgentConfig config = context.config();
        ApiServer.requireToken(config.agentToken());
        context.database().migrate();
        PrometheusMeterRegistry meters = context.meters();
        List<Job> jobs = context.jobs();
        List<Route> routes = ControlApi.routes(context.database().dsl(), context.runner(), jobs, meters, meters::scrape);
        Set<String> jobNames = new LinkedHashSet<>(AgentMetrics.KNOWN_JOBS);
        jobs.forEach(job -> jobNames.add(job.name()));
        AgentMetrics.preRegister(meters, jobNames, ControlApi.endpoints(routes));
        DatabaseGauges.register(meters, context.database().dsl(), jobNames);
        RuntimeMetrics runtimeMetrics = RuntimeMetrics.bind(meters, context.database().dataSource());

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
        log.info("monps-agent listening on http://{}:{} ({} scheduled jobs, time zone {})",
                bound.getHostString(), bound.getPort(), scheduled.size(), config.zone());
        return new AgentDaemon(api, scheduler, runtimeMetrics);
    }

    InetSocketAddress address() {
        return api.address();
    }

    /** Stops taking requests, then lets the scheduler finish the runs in progress. */
    @Override
    public void close() {
        api.close();
        scheduler.close();
        runtimeMetrics.close();
    }
}
