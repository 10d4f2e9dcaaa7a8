package com.monps.core.agents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Where a scan's time went, phase by phase (the ledger, the reads, the learning, the agents, the write), so that the
 * agent's log and the benchmark can say which part of a slow scan is slow. Not thread-safe: one per scan.
 */
public final class ScanPhases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs one phase and adds its time to the phase of that name. */
    public <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    /** Runs one phase that returns nothing. */
    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds per phase, in the order the phases first ran. */
    public Map<String, Double> millis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        nanos.forEach((phase, time) -> millis.put(phase, time / 1e6));
        return millis;
    }

    /** "12.3 ms (lock 0.4 ms, changes 2.1 ms, ...)": the phases' total, then each phase. */
    @Override
    public String toString() {
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        nanos.forEach((phase, time) -> joined.add(String.format("%s %.1f ms", phase, time / 1e6)));
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%.1f ms %s", total / 1e6, joined);
    }
}
