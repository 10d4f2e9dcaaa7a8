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
 * {@code scan}: runs agents A, B, C and E over the upcoming markets as of the clock's time and writes the opportunities;
 * each one written counts into {@code monps_opportunities_total}. Rerunning it refreshes the same rows. The job scans
 * every match; its {@link #afterCollection()} form scans only what changed since the last scan
 * ({@link OpportunityScan#scanChanges}), or everything when the bankroll or the results changed.
 */
public final class ScanJob implements Job {

    public static final String NAME = JobName.SCAN.code();

    private final OpportunityScan scan;
    private final Counter opportunities;
    private final Clock clock;
    private final WatchChanges watched;
    private final boolean onlyChanges;

    public ScanJob(OpportunityScan scan, MeterRegistry meters, Clock clock) {
        this(scan, meters, clock, new WatchChanges());
    }

    /** Tells {@code watched} when a scan writes opportunities: their matches may need a closing-price call. */
    public ScanJob(OpportunityScan scan, MeterRegistry meters, Clock clock, WatchChanges watched) {
        this(scan, meters.counter("monps.opportunities"), clock, watched, false);
    }

    private ScanJob(OpportunityScan scan, Counter opportunities, Clock clock, WatchChanges watched, boolean onlyChanges) {
        this.scan = scan;
        this.opportunities = opportunities;
        this.clock = clock;
        this.watched = watched;
        this.onlyChanges = onlyChanges;
    }

    /** The incremental scan, over the same {@link OpportunityScan} (which keeps what C and E learnt between scans). */
    @Override
    public ScanJob afterCollection() {
        return new ScanJob(scan, opportunities, clock, watched, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobResult run() {
        ScanReport report = onlyChanges ? scan.scanChanges(clock.instant()) : scan.scan(clock.instant());
        opportunities.increment(report.opportunities());
        if (report.opportunities() > 0) {
            watched.changed("scan wrote " + report.opportunities() + " opportunities");
        }
        return new JobResult(report.opportunities(), report.describe());
    }
}
