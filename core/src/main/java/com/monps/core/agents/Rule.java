package com.monps.core.agents;

/** The rules of agent A; the agent name stored with each opportunity. */
public enum Rule {
    /** The original design's rule: price more than a threshold above the market mean. */
    ABOVE_AVERAGE("anomaly-average"),
    /** Expected value against the fair probability above a threshold. */
    VALUE("anomaly-ev"),
    /** Expected value against agent E's goal model where the model and the market disagree (off by default). */
    MODEL_DISAGREEMENT("model-disagreement");

    private final String agentName;

    Rule(String agentName) {
        this.agentName = agentName;
    }

    public String agentName() {
        return agentName;
    }
}
