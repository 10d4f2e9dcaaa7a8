package com.monps.agent.scan;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.plan.WatchChanges;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;

/**
 * {@code scan}: runs agents A, B and C over the upcoming markets as of the clock's time and writes the opportunities;
 * each one written counts into {@code monps_opportunities_total}. Rerunning it refreshes the same rows.
 */
public final class ScanJob implements Job {

    public static final String NAME = JobName.SCAN.code();

    private final OpportunityScan scan;
    private final Counter opportunities;
    private final Clock clock;
    private final WatchChanges watched;

    public ScanJob(OpportunityScan scan, MeterRegistry meters, Clock clock) {
        this(scan, meters, clock, new WatchChanges());
    }

    /** Tells {@code watched} when a scan writes opportunities: their matches may need a closing-price call. */
    public ScanJob(OpportunityScan scan, MeterRegistry meters, Clock clock, WatchChanges watched) {
        this.scan = scan;
        this.opportunities = meters.counter("monps.opportunities");
        this.clock = clock;
        this.watched = watched;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobResult run() {
        ScanReport report = scan.scan(clock.instant());
        opportunities.increment(report.opportunities());
        if (report.opportunities() > 0) {
            watched.changed("scan wrote " + report.opportunities() + " opportunities");
        }
        return new JobResult(report.opportunities(), report.describe());
    }
}
