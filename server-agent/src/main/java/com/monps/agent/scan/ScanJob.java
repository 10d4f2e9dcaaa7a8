package com.monps.agent.scan;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
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

    public ScanJob(OpportunityScan scan, MeterRegistry meters, Clock clock) {
        this.scan = scan;
        this.opportunities = meters.counter("monps.opportunities");
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobResult run() {
        ScanReport report = scan.scan(clock.instant());
        opportunities.increment(report.opportunities());
        return new JobResult(report.opportunities(), report.describe());
    }
}
