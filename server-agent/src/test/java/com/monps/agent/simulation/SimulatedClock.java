package com.monps.agent.simulation;

import com.github.kagkarlsson.scheduler.testhelper.SettableClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** One simulated time for the agent (a {@link Clock}) and for db-scheduler (its {@link SettableClock}). */
public final class SimulatedClock extends Clock {

    private final SettableClock scheduler = new SettableClock();

    public SimulatedClock(Instant start) {
        scheduler.set(start);
    }

    public void set(Instant time) {
        scheduler.set(time);
    }

    SettableClock forScheduler() {
        return scheduler;
    }

    @Override
    public Instant instant() {
        return scheduler.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
