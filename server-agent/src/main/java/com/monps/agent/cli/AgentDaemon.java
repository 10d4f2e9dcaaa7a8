package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.api.ApiServer;
import com.monps.agent.api.ControlApi;
import com.monps.agent.api.Route;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.Job;
import com.monps.agent.metrics.AgentMetrics;
import com.monps.agent.scheduler.AgentScheduler;
import com.monps.agent.scheduler.CollectionReplanner;
import com.monps.agent.scheduler.JobSchedules;
import com.monps.agent.scheduler.ScheduledJob;
import com.monps.agent.scheduler.SchedulerSettings;
import com.monps.core.db.Channels;
import com.monps.core.db.ChangeFeed;
import com.monps.core.db.TimescaleNotPreloadedException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The running agent: schema migrated, control API listening, scheduler polling. Built over an
 * {@link AgentContext} that its owner closes after this.
 */
public final class AgentDaemon implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentDaemon.class);

    /** Bets written by other programs (the desktop) arrive as NOTIFY bursts: one replan per quiet moment is enough. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static final Duration FEED_QUIET = Duration.ofMillis(200);
    private static final Duration FEED_MAX_DELAY = Duration.ofSeconds(1);

    private final ApiServer api;
    private final AgentScheduler scheduler;
    private final ChangeFeed watchFeed;
    private final AtomicBoolean running;
    private final String description;

    private AgentDaemon(ApiServer api, AgentScheduler scheduler, ChangeFeed watchFeed, AtomicBoolean running,
                        String description) {
        this.api = api;
        this.scheduler = scheduler;
        this.watchFeed = watchFeed;
        this.running = running;
        this.description = description;
    }

    public static AgentDaemon start(AgentContext context, SchedulerSettings settings) {
        return start(context, AgentScheduler.polling(settings));
    }

    /** With {@code schedulers} building the db-scheduler (a manual one on a simulated clock in tests). */
    public static AgentDaemon start(AgentContext context, AgentScheduler.SchedulerFactory schedulers) {
        AgentConfig config = context.config();
        ApiServer.requireToken(config.agentToken());
        try {
            context.database().migrate();
        } catch (TimescaleNotPreloadedException e) {
            // the daemon runs under systemd or compose: its log, not a terminal, is where the trader looks
            log.error("monps-agent cannot start: {}", e.getMessage());
            throw e;
        }
        log.info("monps-agent {}", storagePolicies(context));
        PrometheusMeterRegistry meters = context.meters();
        List<Job> jobs = context.jobs();
        List<Route> routes = ControlApi.routes(context.database().dsl(), context.runner(), jobs, meters, meters::scrape,
                context.clock(), context.watched());
        context.metrics().registerJobs(jobs.stream().map(Job::name).filter(n -> !AgentMetrics.KNOWN_JOBS.contains(n)).toList());
        context.apiRequests().refreshGauge();

        ApiServer api = ApiServer.start(config.bind(), config.agentToken(), routes, meters);
        List<ScheduledJob> scheduled = new JobSchedules(config.zone(), context.collectionPlan()).forJobs(context.scheduledJobs());
        AgentScheduler scheduler = new AgentScheduler(context.database().dataSource(), context.runner(), scheduled, schedulers);
        ChangeFeed watchFeed;
        AtomicBoolean running = new AtomicBoolean(true);
        try {
            scheduler.start();
            watchFeed = followWatchedChanges(context, scheduler, running);
        } catch (RuntimeException e) {
            api.close();
            scheduler.close();
            throw e;
        }
        InetSocketAddress bound = api.address();
        String description = "listening on http://" + bound.getHostString() + ":" + bound.getPort() + " (scheduled: "
                + (scheduled.isEmpty() ? "nothing" : String.join(", ", scheduled.stream().map(s -> s.job().name()).toList()))
                + "; time zone " + config.zone() + ")";
        log.info("monps-agent {}", description);
        return new AgentDaemon(api, scheduler, watchFeed, running, description);
    }

    /**
     * Replans the collection when a bet is placed or a scan finds an opportunity: through the control API and the scan
     * at once, and through NOTIFY for bets that other programs write into the database.
     */
    private static ChangeFeed followWatchedChanges(AgentContext context, AgentScheduler scheduler, AtomicBoolean running) {
        CollectionReplanner replanner = new CollectionReplanner(scheduler.client(), context.collectionSchedule(),
                context.clock(), context.meters());
        context.watched().subscribe(why -> replanSafely(replanner, why));
        ChangeFeed feed = new ChangeFeed(context.database()::openDedicatedConnection,
                List.of(Channels.BETS, Channels.OPPORTUNITIES), whileRunning(running), FEED_QUIET, FEED_MAX_DELAY);
        feed.subscribe(Channels.BETS, () -> replanSafely(replanner, "bets changed in the database"));
        feed.subscribe(Channels.OPPORTUNITIES, () -> replanSafely(replanner, "opportunities changed in the database"));
        return feed.start();
    }

    /** Runs a notification's replan on the feed's thread, unless the daemon is stopping (the pool may be closed). */
    private static Executor whileRunning(AtomicBoolean running) {
        return task -> {
            if (running.get()) {
                task.run();
            }
        };
    }

    /** A failed replan costs nothing but time: the plan is asked again when the next collection ends. */
    private static void replanSafely(CollectionReplanner replanner, String why) {
        try {
            replanner.replan(why);
        } catch (RuntimeException e) {
            log.warn("could not replan the collection after '{}': {}", why, e.getMessage());
        }
    }

    /**
     * Sets the compression and retention policies of {@code odds_h2h} and {@code odds_lines}. The daemon usually runs as the agent's role, which
     * does not own the table: when the configured values differ from those {@code migrate} set as the owner, it keeps
     * running on the owner's and says so, rather than refusing to start.
     */
    private static String storagePolicies(AgentContext context) {
        try {
            return context.config().storage().apply(context.database().dsl());
        } catch (DataAccessException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.sqlState())) {
                throw e;
            }
            log.warn("MONPS_COMPRESS_AFTER / MONPS_RETENTION_MONTHS differ from the policies of odds_h2h and odds_lines, which "
                    + "only their owner may change: run 'monps-agent migrate' as the owner with these values");
            return "storage: odds_h2h and odds_lines policies left as their owner set them";
        }
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
        running.set(false);
        watchFeed.close();
        scheduler.close();
    }
}
