package com.monps.agent.scheduler;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.monps.agent.jobs.Job;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static com.monps.agent.testing.TestJobs.named;
import static org.assertj.core.api.Assertions.assertThat;

class JobSchedulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final JobSchedules schedules = new JobSchedules(PARIS, t -> t.plus(Duration.ofHours(3)));

    @Test
    void settlesAtEightAndTwentyParisTimeInWinterAndSummer() {
        Schedule settle = schedules.scheduleOf("settle").orElseThrow();

        assertThat(settle.getInitialExecutionTime(paris("2025-01-15T07:30"))).isEqualTo("2025-01-15T07:00:00Z");
        assertThat(next(settle, paris("2025-01-15T08:00:05"))).isEqualTo("2025-01-15T19:00:00Z");
        assertThat(next(settle, paris("2025-07-15T20:00:05"))).isEqualTo("2025-07-16T06:00:00Z");
    }

    @Test
    void computesClvEveryFourHoursOnTheClock() {
        Schedule clv = schedules.scheduleOf("clv").orElseThrow();

        assertThat(next(clv, paris("2025-01-15T05:10"))).isEqualTo(paris("2025-01-15T08:00"));
        assertThat(next(clv, paris("2025-01-15T22:00:01"))).isEqualTo(paris("2025-01-16T00:00"));
    }

    @Test
    void collectsWhenThePlanSays() {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        Schedule collect = schedules.scheduleOf("collect").orElseThrow();

        assertThat(collect.getInitialExecutionTime(now)).isEqualTo("2025-03-01T13:00:00Z");
        assertThat(next(collect, now)).isEqualTo("2025-03-01T13:00:00Z");
    }

    @Test
    void startsACollectionDueNowAtOnceButNeverRepeatsOneWithinAMinute() {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        Schedule dueNow = new JobSchedules(PARIS, t -> t).scheduleOf("collect").orElseThrow();

        assertThat(dueNow.getInitialExecutionTime(now)).isEqualTo(now);
        assertThat(next(dueNow, now)).isEqualTo("2025-03-01T10:01:00Z");
    }

    @Test
    void schedulesTheScanOnlyWhenAScanJobExistsAndIgnoresUnknownJobs() {
        List<Job> withoutScan = List.of(named("collect"), named("settle"), named("clv"), named("import"));
        List<Job> withScan = List.of(named("collect"), named("scan"));

        assertThat(schedules.forJobs(withoutScan)).extracting(s -> s.job().name()).containsExactly("collect", "settle", "clv");
        assertThat(schedules.forJobs(withScan)).extracting(s -> s.job().name()).containsExactly("collect", "scan");
        assertThat(next(schedules.scheduleOf("scan").orElseThrow(), paris("2025-01-15T10:20"))).isEqualTo(paris("2025-01-15T11:15"));
    }

    @Test
    void everySuccessfulCollectionIsFollowedByAScan() {
        List<ScheduledJob> scheduled = schedules.forJobs(List.of(named("collect"), named("settle"), named("scan")));

        assertThat(scheduled).filteredOn(s -> s.job().name().equals("collect")).singleElement()
                .satisfies(collect -> assertThat(collect.then()).extracting(Job::name).containsExactly("scan"));
        assertThat(scheduled).filteredOn(s -> !s.job().name().equals("collect")).allSatisfy(s -> assertThat(s.then()).isEmpty());
    }

    private static Instant next(Schedule schedule, Instant done) {
        return schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(done));
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

}
