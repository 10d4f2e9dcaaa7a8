package com.monps.agent.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the credit planner knows at {@code now}: the monthly budget, the credits already spent this month, and for each
 * sport the cost of one odds call, its known kick-offs and when it was last collected (null if never).
 */
public record PlannerInput(int budget, int usedThisMonth, Instant now, List<SportSchedule> sports) {

    public PlannerInput {
        Objects.requireNonNull(now, "now");
        sports = List.copyOf(sports);
    }

    public record SportSchedule(String sport, int oddsCallCost, List<Kickoff> kickoffs, Instant lastCollected) {
        public SportSchedule {
            Objects.requireNonNull(sport, "sport");
            kickoffs = List.copyOf(kickoffs);
        }
    }

    /** A known kick-off; {@code watched} when the match carries a pending bet or an opportunity. */
    public record Kickoff(String matchId, Instant commenceTime, boolean watched) {
    }
}
