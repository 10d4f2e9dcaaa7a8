package com.monps.agent.plan;

import java.time.Instant;
import java.util.List;

/**
 * The planned odds calls from now to the end of the month. {@code reserve} is kept for settlement's scores calls and is
 * never planned for odds; {@link #projection()} is what the month will have cost if the plan is followed.
 */
public record CreditPlan(int budget, int used, int reserve, Instant monthEnd, List<PlannedCall> calls) {

    public CreditPlan {
        calls = List.copyOf(calls);
    }

    public int plannedCost() {
        return calls.stream().mapToInt(PlannedCall::cost).sum();
    }

    public int projection() {
        return used + plannedCost() + reserve;
    }

    /** The next call time and every call planned for it; when nothing is affordable, the month end and no calls. */
    public NextCollection next() {
        if (calls.isEmpty()) {
            return new NextCollection(monthEnd, List.of());
        }
        Instant first = calls.getFirst().at();
        return new NextCollection(first, calls.stream().filter(c -> c.at().equals(first)).toList());
    }
}
