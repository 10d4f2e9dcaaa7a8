package com.monps.agent.simulation;

import com.monps.agent.collect.PlannedCollectJob;
import com.monps.agent.plan.PlannedCall;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Drives daemons on a simulated clock: the clock jumps to the next due execution or the next bet, the bets due are
 * placed through the control API (the agents take turns at receiving them), and every agent then runs what is due at
 * once, as daemons polling one database do (db-scheduler lets one of them take each execution).
 */
public final class SimulationLoop {

    /** A moment when the agents ran their due executions, and the sports the credit plan had due then. */
    public record Round(Instant at, Set<String> plannedSports) {
    }

    private final SimulatedClock clock;
    private final DSLContext dsl;
    private final List<SimulatedAgent> agents;

    public SimulationLoop(SimulatedClock clock, DSLContext dsl, List<SimulatedAgent> agents) {
        this.clock = clock;
        this.dsl = dsl;
        this.agents = List.copyOf(agents);
    }

    /** Lives from the clock's time to {@code end}; {@code beforeRound} sees each round's time first. */
    public List<Round> runUntil(Instant end, List<SimulatedMonth.PlannedBet> bets, Consumer<Instant> beforeRound) {
        Deque<SimulatedMonth.PlannedBet> waiting = new ArrayDeque<>(bets.stream()
                .sorted(Comparator.comparing(SimulatedMonth.PlannedBet::placeAt)).toList());
        List<Round> rounds = new ArrayList<>();
        int placed = 0;
        Instant now = clock.instant();
        while (true) {
            Instant next = nextExecution(end);
            if (!waiting.isEmpty() && waiting.peek().placeAt().isBefore(next)) {
                next = waiting.peek().placeAt();
            }
            if (!next.isBefore(end)) {
                return rounds;
            }
            now = next.isAfter(now) ? next : now;
            clock.set(now);
            beforeRound.accept(now);
            while (!waiting.isEmpty() && !waiting.peek().placeAt().isAfter(now)) {
                var answer = agents.get(placed++ % agents.size()).placeBet(waiting.poll().json());
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("bet refused at " + now + ": " + answer.body());
                }
            }
            rounds.add(new Round(now, plannedSports(now)));
            agents.stream().map(agent -> CompletableFuture.runAsync(agent::runDueExecutions)).toList()
                    .forEach(CompletableFuture::join);
        }
    }

    /** The sports whose odds calls the credit plan has due at {@code now}, as the scheduled collect reads it. */
    private Set<String> plannedSports(Instant now) {
        return agents.getFirst().context().collectionSchedule().plan(now).calls().stream()
                .filter(c -> !c.at().isAfter(now.plus(PlannedCollectJob.DUE_WITHIN))).map(PlannedCall::sport)
                .collect(Collectors.toSet());
    }

    private Instant nextExecution(Instant end) {
        OffsetDateTime next = dsl.fetchSingle("SELECT min(execution_time) FROM scheduled_tasks WHERE NOT picked")
                .get(0, OffsetDateTime.class);
        return next == null ? end : next.toInstant();
    }
}
