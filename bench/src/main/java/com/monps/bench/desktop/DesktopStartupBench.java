package com.monps.bench.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold start of the desktop to its first rendered frame: starts {@code Launcher --startup-probe} in a fresh JVM (same class
 * path) over a prepared data folder, {@code RUNS} times, and reports what the application measured from JVM start to
 * its first window frame and to the first frame of the workstation, plus the wall clock to the process exit.
 * Needs a display (run under {@code xvfb-run -a}). Usage: {@code DesktopStartupBench DATA_DIR [RUNS]}.
 */
public final class DesktopStartupBench {

    private DesktopStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/monps-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(dataDir);
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(once(dataDir));
            System.out.printf(Locale.ROOT, "run %d: window %d ms, workstation %d ms, process %d ms%n", i + 1,
                    results.getLast()[0], results.getLast()[1], results.getLast()[2]);
        }
        for (int column = 0; column < 3; column++) {
            int c = column;
            long[] values = results.stream().skip(1).mapToLong(r -> r[c]).sorted().toArray();
            if (values.length > 0) {
                System.out.printf(Locale.ROOT, "%s: median %d ms (runs 2-%d: %s)%n", List.of("first window frame", "first workstation frame",
                        "process wall clock").get(c), values[values.length / 2], runs, Arrays.toString(values));
            }
        }
    }

    private static long[] once(Path dataDir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                "com.monps.desktop.app.Launcher", "--startup-probe", "--data-dir", dataDir.toString())
                .redirectErrorStream(true).start();
        long window = -1;
        long workstation = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-window-ms ")) {
                    window = Long.parseLong(line.substring(16).trim());
                } else if (line.startsWith("first-workstation-ms ")) {
                    workstation = Long.parseLong(line.substring(21).trim());
                }
            }
        }
        if (process.waitFor() != 0 || workstation < 0) {
            throw new IllegalStateException("the desktop did not report its first frame (exit " + process.exitValue() + ")");
        }
        return new long[] {window, workstation, (System.nanoTime() - start) / 1_000_000};
    }
}
