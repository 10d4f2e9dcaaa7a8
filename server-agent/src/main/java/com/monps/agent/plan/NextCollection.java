package com.monps.agent.plan;

import java.time.Instant;
import java.util.List;

/**
 * When the collector should run next and what it will spend then. No calls means the budget is spent: {@code at} is the
 * end of the month, when the planner should be asked again.
 */
public record NextCollection(Instant at, List<PlannedCall> calls) {

    public NextCollection {
        calls = List.copyOf(calls);
    }

    public int cost() {
        return calls.stream().mapToInt(PlannedCall::cost).sum();
    }

    public List<String> sports() {
        return calls.stream().map(PlannedCall::sport).distinct().toList();
    }
}
