package com.monps.agent.jobs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/** Lets through only the log events of a job run (those the {@link JobRunner} tagged with the MDC key {@code job}). */
public final class JobLogFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return event.getMDCPropertyMap().containsKey("job") ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
