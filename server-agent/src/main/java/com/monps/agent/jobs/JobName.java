package com.monps.agent.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The agent's jobs. Their {@link #code()} is what job_runs, the logs, the metrics and the scheduler carry. */
public enum JobName {
    COLLECT, SETTLE, CLV, SCAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> codes(JobName... names) {
        return Arrays.stream(names).map(JobName::code).toList();
    }

    /** Every job's code, in declaration order. */
    public static List<String> codes() {
        return codes(values());
    }
}
