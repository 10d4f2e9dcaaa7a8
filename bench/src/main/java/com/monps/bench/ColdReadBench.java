package com.monps.bench;

import com.monps.core.history.FootballDataFile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The cold read alone, in a fresh JVM: wall time and main-thread CPU of reading every shared season once. On a loaded
 * machine the wall time mostly says how long the main thread waited for a core; its CPU time is steadier, so versions
 * are compared on it (alternating fresh JVMs). Usage: {@code ColdReadBench [FOLDER]} (default ../shared/data/football-data).
 */
public final class ColdReadBench {

    private ColdReadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/football-data");
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int matches = 0;
        for (Path file : files) {
            matches += FootballDataFile.read(file).matches().size();
        }
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(Locale.ROOT, "%d files, %d matches: cold read %.0f ms, main-thread CPU %.0f ms%n",
                files.size(), matches, wall / 1e6, cpu / 1e6);
    }
}
