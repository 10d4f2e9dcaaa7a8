package com.monps.agent.plan;

import java.time.Instant;

/** One odds call the planner intends to make. */
public record PlannedCall(Instant at, String sport, int cost, Reason reason) {

    public enum Reason {
        /** Just before the kick-off of a match with a pending bet or an opportunity, to capture its closing price. */
        CLOSING_PRICE("closing price"),
        /** A regular round spread over the month with the credits left. */
        BASELINE("baseline round");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
