package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.monps.agent.plan.CollectionSchedule;
import com.monps.agent.plan.NextCollection;
import com.monps.agent.plan.PlannedCall.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves the next {@code collect} forward when the plan, asked again after a change of what is watched, wants a
 * closing-price call sooner than the time the scheduler holds (a bet placed on a match that kicks off before the next
 * planned round). Only closing-price calls move it: a change of what is watched adds or drops those and nothing else,
 * and the baseline rounds stay where the last collection put them. A run in progress is left alone (its next time is
 * planned when it ends), and nothing is pushed later here.
 */
public final class CollectionReplanner {

    static final TaskInstanceId COLLECT = TaskInstanceId.of("collect", RecurringTask.INSTANCE);

    private static final Logger log = LoggerFactory.getLogger(CollectionReplanner.class);

    private final SchedulerClient scheduler;
    private final CollectionSchedule plan;
    private final Clock clock;
    private final Counter replans;

    public CollectionReplanner(SchedulerClient scheduler, CollectionSchedule plan, Clock clock, MeterRegistry meters) {
        this.scheduler = scheduler;
        this.plan = plan;
        this.clock = clock;
        this.replans = Counter.builder("monps.collection.replans")
                .description("times the collection plan was asked again after a change of the watched matches")
                .register(meters);
    }

    /** Asks the plan again; {@code why} (what changed) goes to the log when the collection moves. */
    public synchronized void replan(String why) {
        replans.increment();
        Optional<ScheduledExecution<Object>> current = scheduler.getScheduledExecution(COLLECT);
        if (current.isEmpty() || current.get().isPicked()) {
            return;
        }
        Instant now = clock.instant();
        Instant held = current.get().getExecutionTime();
        NextCollection next = plan.next(now);
        Instant wanted = next.at();
        boolean closingCall = next.calls().stream().anyMatch(call -> call.reason() == Reason.CLOSING_PRICE);
        if (closingCall && wanted.isBefore(held)) {
            Instant at = wanted.isBefore(now) ? now : wanted;
            if (scheduler.reschedule(COLLECT, at)) {
                log.info("collect moved forward from {} to {} ({})", held, at, why);
            }
        }
    }
}
