package com.monps.agent.api;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobRunner;
import com.monps.agent.plan.WatchChanges;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.repo.StatsRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Every route of the control API, built over the agent's database, jobs and meters. */
public final class ControlApi {

    private ControlApi() {
    }

    /** {@code watched} hears of each bet placed; bets are dated by {@code clock}. */
    public static List<Route> routes(DSLContext dsl, JobRunner runner, List<Job> jobs, MeterRegistry meters,
                                     Supplier<String> scrape, Clock clock, WatchChanges watched) {
        return Stream.of(
                        new SystemRoutes(dsl, scrape).routes(),
                        new SettlementRoutes(runner, jobs, new SettlementStatsQuery(dsl)).routes(),
                        new BetRoutes(new BetRepository(dsl), new StatsRepository(dsl), meters, clock, watched).routes(),
                        new OpportunityRoutes(new OpportunityRepository(dsl)).routes())
                .flatMap(List::stream)
                .toList();
    }
}
