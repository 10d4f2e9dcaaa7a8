package com.monps.agent.scheduler;

import java.time.Instant;

/**
 * When the next odds collection should run. The scheduler asks after every collection (and once at first start), so a
 * plan may follow the credit budget and the kick-off times it knows about.
 */
public interface CollectionPlan {

    /** The next collection time strictly after {@code time}. */
    Instant nextAfter(Instant time);
}
