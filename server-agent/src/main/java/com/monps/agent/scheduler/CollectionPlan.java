package com.monps.agent.scheduler;

import java.time.Instant;

/**
 * When the next odds collection should run. The scheduler asks after every collection (and once at first start), so a
 * plan may follow the credit budget and the kick-off times it knows about.
 */
public interface CollectionPlan {

    /** The next collection time after {@code time} ({@code time} itself when a collection is due now). */
    Instant nextAfter(Instant time);
}
