package com.monps.agent.scheduler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler polls: how often it looks for due executions, how many jobs may run at once, how long a shutdown
 * waits for runs in progress, and the name it writes into {@code scheduled_tasks.picked_by}.
 */
public record SchedulerSettings(Duration pollingInterval, int threads, Duration shutdownMaxWait, String instanceName) {

    public SchedulerSettings {
        Objects.requireNonNull(pollingInterval, "polling interval");
        Objects.requireNonNull(shutdownMaxWait, "shutdown wait");
        Objects.requireNonNull(instanceName, "instance name");
        if (pollingInterval.isNegative() || pollingInterval.isZero()) {
            throw new IllegalArgumentException("polling interval must be positive (got " + pollingInterval + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("scheduler threads must be at least 1 (got " + threads + ")");
        }
    }

    /**
     * Polls every 10 s and runs up to 2 jobs at once. At shutdown db-scheduler waits up to 12 s for runs in progress,
     * interrupts them and waits 12 s more: within the 30 s systemd gives the agent to stop (an interrupted run is rolled
     * back and runs again at its next time).
     */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Duration.ofSeconds(10), 2, Duration.ofSeconds(12), hostAndPid());
    }

    public SchedulerSettings withPollingInterval(Duration interval) {
        return new SchedulerSettings(interval, threads, shutdownMaxWait, instanceName);
    }

    public SchedulerSettings withInstanceName(String name) {
        return new SchedulerSettings(pollingInterval, threads, shutdownMaxWait, name);
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "#" + ProcessHandle.current().pid();
    }
}
